import type { ConversationDetail, CustomerConversationView, MentionPage } from '@klantstem/contracts';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI_ACTOR } from '../apps/server/src/features/auth/actor.js';
import { createUser } from '../apps/server/src/features/users/service.js';
import { PNG_PIXEL } from '../apps/server/src/test/files.js';
import { deliverMail, startSmtpSink, type SmtpSink } from '../apps/server/src/test/smtp.js';
import {
  describeInBrowser,
  hostSite,
  screenshot,
  seriousViolations,
  signIn,
  startStack,
  type Stack,
} from './harness.js';

describeInBrowser('conversations in the staff workspace, in Chromium', () => {
  let stack: Stack;
  const second = {
    email: 'tweede.medewerker@example.test',
    password: 'een-lang-wachtwoord-2',
    name: 'Sanne Tweede',
  };
  let mailbox: SmtpSink;
  let site: Awaited<ReturnType<typeof hostSite>>;
  beforeAll(async () => {
    // Mail goes out to a real SMTP server on loopback, and comes in on Klantstem's own SMTP port.
    mailbox = await startSmtpSink();
    stack = await startStack({
      config: { smtpOutboundUrl: mailbox.url, smtpInboundPort: 0, smtpInboundHost: '127.0.0.1' },
    });
    site = await hostSite(stack.url);
    await createUser(stack.server.ctx, CLI_ACTOR, { ...second, role: 'agent' });
  });
  afterAll(async () => {
    site?.close();
    await stack?.close();
    await mailbox?.close();
  });

  async function signInSecond(page: Page): Promise<void> {
    await page.goto('/');
    await page.getByLabel('E-mailadres').fill(second.email);
    await page.getByLabel('Wachtwoord').fill(second.password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  }

  it('a customer asks in the widget in their own words; it is routed, answered live and handed over warmly; an email reply joins the same conversation', async () => {
    const agent = await (await stack.newContext()).newPage();
    await signIn(agent, stack);
    await agent.goto('/conversations');
    await agent.getByText('Live: nieuwe berichten verschijnen vanzelf.').waitFor();

    // The customer, on the organisation's own site, asks in their own words, with markup that must stay text.
    const customer = await (await stack.newContext()).newPage();
    await customer.goto(`${site.url}/`);
    await customer.getByRole('button', { name: 'Stel een vraag' }).click();
    const chat = customer.getByRole('dialog', { name: 'Chat met ons' });
    const question = 'Er zit een scheur in mijn muur sinds de beving <img src=x onerror=alert(1)>';
    await chat.getByLabel('Stel uw vraag in uw eigen woorden').fill(question);
    await customer.keyboard.press('Enter');
    await chat.getByRole('listitem').filter({ hasText: question }).waitFor();

    // It appears in the open inbox without a reload, routed by the demo's model to the team for damage.
    const link = agent.getByRole('link', { name: question });
    await link.waitFor();
    await screenshot(agent, 'staff-conversations');
    await link.click();
    await agent.getByRole('heading', { level: 1, name: question }).waitFor();
    const id = decodeURIComponent(new URL(agent.url()).pathname.split('/').pop()!);
    const routed = (await (
      await agent.request.get(`/api/v1/conversations/${id}`)
    ).json()) as ConversationDetail;
    expect(routed).toMatchObject({ channel: 'chat', teamId: 'schade', route: { triage: false } });
    expect(await agent.locator('img').count()).toBe(0);
    expect(await seriousViolations(agent)).toEqual([]);

    await agent.getByLabel('Uw antwoord').fill('Wat vervelend. Wij plannen een opname bij u thuis.');
    await agent.getByRole('button', { name: 'Verstuur antwoord' }).click();
    await agent.getByText('Wat vervelend. Wij plannen een opname bij u thuis.').waitFor();

    // The customer reads the reply live, asks for replies by email too, and answers; the agent sees it live.
    await chat.getByRole('listitem').filter({ hasText: 'Wij plannen een opname' }).waitFor();
    await chat.getByText(/^U wordt geholpen door (Roelf Tammenga|Marieke Veldhuis)$/).waitFor();
    await chat.getByText('Wilt u het antwoord ook per e-mail?').click();
    await chat.getByLabel('Uw e-mailadres').fill('els.bakker@voorbeeld.nl');
    await chat.getByRole('button', { name: 'Ook per e-mail' }).click();
    await chat
      .getByRole('status')
      .filter({ hasText: 'We sturen ons antwoord ook naar uw e-mail.' })
      .waitFor();
    await chat.getByLabel('Uw bericht').fill('Kan het op donderdag?');
    await chat.getByRole('button', { name: 'Versturen' }).click();
    await agent.getByText('Kan het op donderdag?').waitFor();

    await agent.getByLabel('Wat beloven we?').fill('We bellen u donderdag terug');
    await agent.getByLabel('Uiterlijk').fill('2030-01-10T12:00');
    await agent.getByRole('button', { name: 'Belofte vastleggen' }).click();
    await agent.getByText('We bellen u donderdag terug').first().waitFor();

    await agent.getByLabel('Naar persoon').selectOption({ label: second.name });
    await agent.getByLabel(/Overdrachtsnotitie/).fill('Klant wil donderdag een opname; scheur na de beving.');
    await agent.getByRole('button', { name: 'Draag over' }).click();
    await agent.getByRole('status').filter({ hasText: 'Overgedragen' }).waitFor();
    // The customer sees who has their question now.
    await chat.getByText(`U wordt geholpen door ${second.name}`).waitFor();

    // The next person sees the note, what the customer already said, the promise and the history.
    const next = await (await stack.newContext()).newPage();
    await signInSecond(next);
    await next.goto('/conversations?mine=true');
    await next.getByRole('link', { name: question }).click();
    const handoff = next.getByRole('region', { name: 'Overgedragen aan u' });
    await handoff.getByText('Klant wil donderdag een opname; scheur na de beving.').waitFor();
    await handoff.getByText(question).waitFor();
    await handoff.getByText('We bellen u donderdag terug').waitFor();
    await next.getByText('Wat vervelend. Wij plannen een opname bij u thuis.').waitFor();
    await screenshot(next, 'staff-conversation-handoff');

    // Their reply goes to the customer by email as well, and the customer answers from their mailbox.
    const answer = 'Donderdag om 10 uur komt de inspecteur bij u.';
    await next.getByLabel('Uw antwoord').fill(answer);
    await next.getByRole('button', { name: 'Verstuur antwoord' }).click();
    const mail = await mailbox.waitFor(1, 15_000);
    expect(mail.to).toMatchObject({ value: [{ address: 'els.bakker@voorbeeld.nl' }] });
    expect(mail.text).toContain(answer);
    await next.getByText('Verstuurd per e-mail naar els.bakker@voorbeeld.nl').waitFor();
    await deliverMail(stack.server.mailPort!, {
      from: 'Els Bakker <els.bakker@voorbeeld.nl>',
      subject: `Re: ${mail.subject ?? ''}`,
      inReplyTo: mail.messageId!,
      references: [mail.messageId!],
      text: `Prima, ik ben donderdag thuis.\n\nOp ${new Date().toLocaleDateString('nl-NL')} schreef Klantstem:\n> ${answer}`,
      attachments: [{ filename: 'foto-scheur.png', content: PNG_PIXEL, contentType: 'image/png' }],
    });
    await next.getByRole('list', { name: 'Berichten' }).getByText('Prima, ik ben donderdag thuis.').waitFor();
    // The photo she mailed is under her words: a download named by the file and its size, with a preview.
    const photo = next
      .getByRole('list', { name: 'Bijlage' })
      .getByRole('link', { name: 'foto-scheur.png (70 byte) downloaden' });
    await photo.waitFor();
    await expect
      .poll(() => photo.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1);
    expect(await seriousViolations(next)).toEqual([]);
    await screenshot(next, 'staff-conversation-attachment');
    const [download] = await Promise.all([next.waitForEvent('download'), photo.click()]);
    expect(download.suggestedFilename()).toBe('foto-scheur.png');
    expect(readFileSync(await download.path()).equals(PNG_PIXEL)).toBe(true);
    await chat.getByRole('listitem').filter({ hasText: 'Prima, ik ben donderdag thuis.' }).waitFor();

    const stored = (await (
      await next.request.get(`/api/v1/conversations/${id}`)
    ).json()) as ConversationDetail;
    expect(stored.transfers).toHaveLength(1);
    expect(stored.customerId).not.toBeNull();
    expect(stored.messages.filter((m) => m.authorKind === 'customer').map((m) => m.body)).toEqual([
      question,
      'Kan het op donderdag?',
      'Prima, ik ben donderdag thuis.',
    ]);
  });

  it('records a phone call in the customer’s own words; solved on the phone, it is resolved at once', async () => {
    const page = await (await stack.newContext()).newPage();
    await signIn(page, stack);
    await page.goto('/conversations');
    await page.getByRole('link', { name: 'Telefoongesprek of baliebezoek vastleggen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Telefoongesprek of baliebezoek vastleggen' })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing written down yet: the form says which field is missing and sends nothing.
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    await page.getByText('Vul dit veld in.').waitFor();

    await page.getByLabel('Balie').check();
    await page.getByLabel(/^Klant/).fill('06-55501234');
    await page.getByLabel('Wat zei de klant?').fill('Mevrouw vraagt of de scheur in de gevel al is gemeld.');
    await page.getByLabel(/Wat heeft u geantwoord/).fill('Ja, de melding staat in haar dossier.');
    await page.getByLabel('Opgelost tijdens dit contact').check();
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'Mevrouw vraagt of de scheur in de gevel al is gemeld.' })
      .waitFor();
    await page.getByText('Ja, de melding staat in haar dossier.').waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const stored = (await (
      await page.request.get(`/api/v1/conversations/${id}`)
    ).json()) as ConversationDetail;
    expect(stored).toMatchObject({ channel: 'counter', status: 'resolved' });
  });

  it('a colleague mentioned in a note sees a count live, finds the note in a list, and opening it clears the count', async () => {
    // The colleague is on another screen when it happens.
    const colleague = await (await stack.newContext()).newPage();
    await signInSecond(colleague);
    await colleague.goto('/overview');
    const menu = colleague.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Gesprekken', exact: true }).waitFor();

    const agent = await (await stack.newContext()).newPage();
    await signIn(agent, stack);
    const question = 'Telt de schuur ook mee bij de schade aan mijn huis?';
    const started = await agent.request.post('/api/v1/customer/conversations', {
      data: { message: question },
    });
    const { conversation } = (await started.json()) as { conversation: CustomerConversationView };
    await agent.goto(`/conversations/${conversation.id}`);
    await agent.getByRole('heading', { level: 1, name: question }).waitFor();
    await agent.getByLabel('Interne notitie', { exact: true }).check();
    const note = 'Sanne, weet jij of een schuur onder de regeling valt?';
    await agent.getByLabel(/Notitie voor collega/).fill(note);
    await agent.getByLabel(/Collega noemen/).selectOption({ label: second.name });
    await agent.getByRole('list', { name: 'Genoemd in deze notitie' }).getByText(second.name).waitFor();
    expect(await seriousViolations(agent)).toEqual([]);
    await screenshot(agent, 'staff-conversation-mention');
    await agent.getByRole('button', { name: 'Bewaar notitie' }).click();
    await agent.getByText(`Genoemd: ${second.name}`).waitFor();

    // Without a reload: the count on "Gesprekken", in words for a screen reader, and said aloud.
    await menu.getByRole('link', { name: 'Gesprekken 1 keer genoemd' }).waitFor();
    await colleague.getByRole('status').filter({ hasText: 'noemde u in het gesprek' }).waitFor();

    await menu.getByRole('link', { name: 'Gesprekken 1 keer genoemd' }).click();
    const waiting = colleague.getByRole('region', { name: 'U bent genoemd in 1 notitie' });
    await waiting.getByText(note).waitFor();
    expect(await seriousViolations(colleague)).toEqual([]);
    await screenshot(colleague, 'staff-mentions');

    await waiting.getByRole('link', { name: question }).click();
    await colleague.getByRole('heading', { level: 1, name: question }).waitFor();
    await colleague.getByText('Noemt u').waitFor();
    // Opening it was seeing it: the count is gone, here and on the server.
    await menu.getByRole('link', { name: 'Gesprekken', exact: true }).waitFor();
    const left = (await (
      await colleague.request.get('/api/v1/me/mentions?unread=true')
    ).json()) as MentionPage;
    expect(left.unread).toBe(0);
    expect(await seriousViolations(colleague)).toEqual([]);
  });

  it('keeps a team’s canned replies: written once with a word check, picked in a conversation', async () => {
    const page = await (await stack.newContext()).newPage();
    await signIn(page, stack);
    await page.goto('/conversations');
    await page.getByRole('link', { name: 'Standaardantwoorden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Standaardantwoorden' }).waitFor();
    // The demo teams have theirs already.
    await page.getByRole('heading', { level: 2, name: 'Opname wordt gepland' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nieuw standaardantwoord' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul dit veld in.').first().waitFor();
    await page.getByLabel('Team').selectOption({ label: 'Team Schade' });
    await page.getByLabel(/^Naam/).fill('Afspraak bevestigd');
    await page.getByLabel('Tekst voor de klant').fill('Uw afspraak voor de opname staat vast. Tot dan!');
    await page.getByRole('button', { name: 'Controleer op vaktaal' }).click();
    await page.getByRole('region', { name: 'Controleer op vaktaal' }).waitFor();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Afspraak bevestigd' }).waitFor();

    // In a conversation of that team, it is one pick away.
    const list = (await (await page.request.get('/api/v1/conversations?team=schade&limit=1')).json()) as {
      items: { id: string }[];
    };
    await page.goto(`/conversations/${list.items[0]!.id}`);
    await page.getByLabel('Standaardantwoord').selectOption({ label: 'Afspraak bevestigd' });
    expect(await page.getByLabel('Uw antwoord').inputValue()).toBe(
      'Uw afspraak voor de opname staat vast. Tot dan!',
    );
  });
});
