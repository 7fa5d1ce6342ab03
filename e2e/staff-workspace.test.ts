import type { HelpSearchResult, VocabSuggestion } from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  screenshot,
  seriousViolations,
  signIn,
  startStack,
  type Stack,
} from './harness.js';

type Suggestion = Static<typeof VocabSuggestion>;

async function topIds(request: APIRequestContext, query: string): Promise<{ id: string; title: string }[]> {
  const response = await request.post('/api/v1/help/search', { data: { query, limit: 10 } });
  return ((await response.json()) as HelpSearchResult).results;
}

describeInBrowser('staff workspace in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('refuses a wrong password with a message, signs in and out', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await page.goto('/');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('E-mailadres').fill(stack.signIn.email);
    await page.getByLabel('Wachtwoord').fill('not the password at all');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' })
      .waitFor();
    await screenshot(page, 'staff-sign-in-wrong-password');

    await page.getByLabel('Wachtwoord').fill(stack.signIn.password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij Klantstem' }).waitFor();
    // The session is gone on the server too, not only in the page.
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
    await context.close();
  });

  it('signs in and reaches every screen with the keyboard alone', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij Klantstem' }).waitFor();
    await page.keyboard.press('Tab'); // language switch comes first on the sign-in page
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(stack.signIn.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(stack.signIn.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();

    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent)) === 'Taal van klanten';
    }
    expect(reached).toBe(true);
    // The focused link shows a visible focus ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Taal van klanten' }).waitFor();
    await context.close();
  });

  it('shows each main screen with data, without serious accessibility violations', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, stack);
    const customer = await stack.server.ctx.database.db
      .selectFrom('signals')
      .select('customer_id')
      .where('customer_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const screens: [string, string, string][] = [
      ['/overview', 'Overzicht', 'Nieuwste woorden van klanten'],
      ['/signals', 'Signalen', 'Klant bekijken'],
      [`/customers/${encodeURIComponent(customer.customer_id!)}`, '', 'Tijdlijn: alles wat deze klant zei'],
      ['/language', 'Taal van klanten', 'Voorgestelde woordparen'],
      ['/intents', 'Vragen routeren', 'Wacht op een mens'],
      ['/knowledge', 'Kennisbank', 'Schade melden: zo doet u een schademelding'],
      ['/settings', 'Instellingen', 'API-sleutels'],
    ];
    for (const [path, heading, text] of screens) {
      await page.goto(path);
      if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByText(text).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), path).toEqual([]);
      await screenshot(page, `staff-${path.split('/')[1]}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters signals by words, and shows a clear message for a customer that does not exist', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, stack);
    await page.goto('/signals');
    await page.getByLabel('Zoek in de tekst').fill('scheur');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/q=scheur/);
    // The unfiltered list may still be on screen for a moment: wait until the filtered one replaced it.
    const words = page.locator('.signal .customer-words');
    await expect
      .poll(
        async () => {
          const texts = await words.allTextContents();
          return texts.length > 0 && texts.every((text) => text.toLowerCase().includes('scheur'));
        },
        { timeout: 15_000 },
      )
      .toBe(true);

    await page.goto('/customers/no-such-customer');
    await page.getByRole('alert').filter({ hasText: 'Dit bestaat niet (meer).' }).waitFor();
    await context.close();
  });

  it("approves a synonym in one click, and the help centre then finds the article by the customer's word", async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, stack);
    const { suggestions } = (await (await page.request.get('/api/v1/vocab/suggestions?limit=30')).json()) as {
      suggestions: Suggestion[];
    };
    // A pair whose official article the customer's word does not find yet: approval must make the difference.
    let chosen: { suggestion: Suggestion; article: { id: string; title: string } } | undefined;
    for (const suggestion of suggestions.filter((s) => s.kind === 'synonym')) {
      const [article] = await topIds(page.request, suggestion.officialTerm);
      const before = await topIds(page.request, suggestion.customerTerm);
      if (article && !before.some((r) => r.id === article.id)) {
        chosen = { suggestion, article };
        break;
      }
    }
    expect(chosen, 'a demo suggestion whose article the customer word does not find yet').toBeDefined();
    const { suggestion, article } = chosen!;

    await page.goto('/language');
    await page
      .getByRole('button', {
        name: `Goedkeuren: "${suggestion.customerTerm}" betekent "${suggestion.officialTerm}"`,
      })
      .click();
    await page.getByRole('status').filter({ hasText: 'Goedgekeurd' }).waitFor();
    await screenshot(page, 'staff-language-approved');

    const help = await context.newPage();
    await help.goto('/help');
    await help.getByLabel('Waar gaat uw vraag over?').fill(suggestion.customerTerm);
    await help.getByRole('link', { name: article.title }).first().waitFor();
    await context.close();
  });

  it('retrains the router with progress shown, then a person triages a question it was unsure of', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, stack);
    await page.goto('/intents');
    await page.getByRole('button', { name: 'Opnieuw trainen' }).click();
    await page
      .getByText(/Bezig met trainen/)
      .first()
      .waitFor();
    await page.getByText('Klaar: het nieuwe model routeert nu de vragen.').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Per onderwerp' }).waitFor();

    // Words the model never saw: it must not guess, so the question waits for a person.
    const question = 'Blorf kwispel snoezelmik';
    const posted = await page.request.post('/api/v1/signals', {
      data: { channel: 'chat', text: question, at: new Date().toISOString() },
    });
    expect(posted.status()).toBe(201);
    const { ids } = (await posted.json()) as { ids: string[] };
    const stored = (await (await page.request.get(`/api/v1/signals/${ids[0]}`)).json()) as {
      route?: { team: string | null; abstained: boolean };
    };
    expect(stored.route).toMatchObject({ team: null, abstained: true });
    await page.reload();
    const choices = page.getByRole('group', { name: `Kies het onderwerp voor: ${question}` });
    await choices.waitFor();
    await screenshot(page, 'staff-intents-triage');
    await choices.getByRole('combobox').selectOption({ index: 1 });
    await choices.getByRole('button', { name: 'Kies', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Gekozen:' }).waitFor();
    await expectGone(page, question);

    const label = await stack.server.ctx.database.db
      .selectFrom('labels')
      .selectAll()
      .where('text', '=', question)
      .executeTakeFirst();
    expect(label?.source).toBe('triage');
    await context.close();
  });

  it('writes an article with a jargon check, and the help centre finds it at once', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, stack);
    await page.goto('/knowledge');
    await page.getByRole('button', { name: 'Nieuw artikel' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // Checked against the API's own schema before anything is sent.
    await page.getByText('Vul dit veld in.').first().waitFor();

    await page.getByLabel('Artikelnummer').fill('kb-e2e-zonnepanelen');
    await page.getByLabel('Titel', { exact: true }).fill('Zonnepanelen tijdens de versterking');
    await page
      .getByLabel('Tekst')
      .fill('Tijdens de versterking kunt u zonnepanelen laten plaatsen. De opname van uw dak gebeurt eerst.');
    await page.getByRole('button', { name: 'Controleer op vaktaal' }).click();
    await page.getByRole('region', { name: 'Controleer op vaktaal' }).waitFor();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisbank' }).waitFor();
    await page.getByRole('button', { name: 'Zonnepanelen tijdens de versterking' }).waitFor();

    await page.goto('/help');
    await page.getByLabel('Waar gaat uw vraag over?').fill('zonnepanelen');
    await page.getByRole('link', { name: 'Zonnepanelen tijdens de versterking' }).waitFor();
    await context.close();
  });

  it('creates an API token that is shown once and works', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, stack);
    await page.goto('/settings');
    await page.getByText('API-sleutel maken').click();
    await page.getByRole('textbox', { name: 'Naam' }).last().fill('Koppeling e2e');
    await page.getByRole('combobox', { name: 'Rol' }).last().selectOption('analyst');
    await page.getByRole('button', { name: 'Maak sleutel' }).click();
    const secret = (await page.locator('.secret code').textContent())!;
    expect(secret.length).toBeGreaterThan(20);
    await page.getByRole('cell', { name: 'Koppeling e2e' }).waitFor();
    const me = await page.request.get('/api/v1/overview', { headers: { authorization: `Bearer ${secret}` } });
    expect(me.status()).toBe(200);
    await page.reload();
    await page.getByRole('cell', { name: 'Koppeling e2e' }).waitFor();
    expect(await page.locator('.secret').count()).toBe(0);
    await context.close();
  });

  it('switches the workspace to English', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, stack);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByRole('link', { name: 'Customer language' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer language' }).waitFor();
    await context.close();
  });
});

async function expectGone(page: Page, text: string): Promise<void> {
  await page.getByText(text).waitFor({ state: 'detached' });
}
