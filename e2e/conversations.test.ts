import type { ConversationDetail, CustomerConversationView, MentionPage } from '@klantstem/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI_ACTOR } from '../apps/server/src/features/auth/actor.js';
import { createUser } from '../apps/server/src/features/users/service.js';
import {
  describeInBrowser,
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
  beforeAll(async () => {
    stack = await startStack();
    await createUser(stack.server.ctx, CLI_ACTOR, { ...second, role: 'agent' });
  });
  afterAll(() => stack?.close());

  async function signInSecond(page: Page): Promise<void> {
    await page.goto('/');
    await page.getByLabel('E-mailadres').fill(second.email);
    await page.getByLabel('Wachtwoord').fill(second.password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  }

  it('an agent sees a new question live, replies, transfers with a note; the next agent sees the whole story', async () => {
    const agent = await (await stack.newContext()).newPage();
    await signIn(agent, stack);
    await agent.goto('/conversations');
    await agent.getByText('Live: nieuwe berichten verschijnen vanzelf.').waitFor();

    // A visitor asks in their own words (as the chat widget does), with markup that must stay text.
    const question = 'Er zit een scheur in mijn muur sinds de beving <img src=x onerror=alert(1)>';
    const started = await agent.request.post('/api/v1/customer/conversations', {
      data: { message: question },
    });
    expect(started.status()).toBe(201);
    const { conversation, customerToken } = (await started.json()) as {
      conversation: CustomerConversationView;
      customerToken: string;
    };

    // It appears in the open inbox without a reload.
    const link = agent.getByRole('link', { name: question });
    await link.waitFor();
    await screenshot(agent, 'staff-conversations');
    await link.click();
    await agent.getByRole('heading', { level: 1, name: question }).waitFor();
    expect(await agent.locator('img').count()).toBe(0);
    expect(await seriousViolations(agent)).toEqual([]);

    await agent.getByLabel('Uw antwoord').fill('Wat vervelend. Wij plannen een opname bij u thuis.');
    await agent.getByRole('button', { name: 'Verstuur antwoord' }).click();
    await agent.getByText('Wat vervelend. Wij plannen een opname bij u thuis.').waitFor();

    // The customer reads the reply with their token, and answers; the agent sees it live.
    const headers = { 'x-conversation-token': customerToken };
    const seen = (await (
      await agent.request.get(`/api/v1/customer/conversations/${conversation.id}`, { headers })
    ).json()) as CustomerConversationView;
    expect(JSON.stringify(seen)).toContain('Wij plannen een opname');
    await agent.request.post(`/api/v1/customer/conversations/${conversation.id}/messages`, {
      headers,
      data: { body: 'Kan het op donderdag?' },
    });
    await agent.getByText('Kan het op donderdag?').waitFor();

    await agent.getByLabel('Wat beloven we?').fill('We bellen u donderdag terug');
    await agent.getByLabel('Uiterlijk').fill('2030-01-10T12:00');
    await agent.getByRole('button', { name: 'Belofte vastleggen' }).click();
    await agent.getByText('We bellen u donderdag terug').first().waitFor();

    await agent.getByLabel('Naar persoon').selectOption({ label: second.name });
    await agent.getByLabel(/Overdrachtsnotitie/).fill('Klant wil donderdag een opname; scheur na de beving.');
    await agent.getByRole('button', { name: 'Draag over' }).click();
    await agent.getByRole('status').filter({ hasText: 'Overgedragen' }).waitFor();

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

    const stored = (await (
      await next.request.get(`/api/v1/conversations/${conversation.id}`)
    ).json()) as ConversationDetail;
    expect(stored.transfers).toHaveLength(1);
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
});
