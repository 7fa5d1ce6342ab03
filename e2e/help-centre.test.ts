import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshot, seriousViolations, startStack, type Stack } from './harness.js';

const PHONE = { width: 390, height: 844 };

describeInBrowser('public help centre in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('finds an article as you type on a phone, logs the click and stores "did this help?" as a signal', async () => {
    const context = await stack.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('/help');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Helpcentrum');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Waar gaat uw vraag over?').pressSequentially('scheur in mijn muur', { delay: 20 });
    // The address follows the answer to the whole question; earlier answers were for what was typed so far.
    await page.waitForURL(/q=scheur%20in%20mijn%20muur$/);
    const first = page.getByRole('listitem').getByRole('link').first();
    await first.waitFor();
    const title = (await first.textContent())!;
    expect(title.length).toBeGreaterThan(0);
    await screenshot(page, 'help-search-phone');
    // The page fits the phone: nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await first.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(page.url()).toContain('/help/articles/');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nee' }).click();
    await page.getByLabel('Wat miste u? (mag leeg blijven)').fill('Ik wil weten hoe lang het duurt.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'Bedankt' }).waitFor();
    await screenshot(page, 'help-article-phone');

    const db = stack.server.ctx.database.db;
    const clicks = await db.selectFrom('search_clicks').selectAll().execute();
    expect(clicks.length).toBeGreaterThan(0);
    const feedback = await db
      .selectFrom('signals')
      .selectAll()
      .where('channel', '=', 'survey')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(feedback.text).toBe('Nee, dit heeft niet geholpen. Ik wil weten hoe lang het duurt.');
    expect(JSON.parse(feedback.meta)).toMatchObject({
      kind: 'article_feedback',
      helpful: false,
      query: 'scheur in mijn muur',
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so plainly when nothing is found, and switches to English for good', async () => {
    const context = await stack.newContext(PHONE);
    const page = await context.newPage();
    await page.goto('/help');
    await page.getByLabel('Waar gaat uw vraag over?').fill('qqqxxzz');
    await page.getByText('We vonden niets bij "qqqxxzz"').waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Help centre' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Help centre' }).waitFor();
    expect(await page.getByLabel('What is your question about?').isVisible()).toBe(true);
    await context.close();
  });

  it('treats markup in a query as text', async () => {
    const context = await stack.newContext(PHONE);
    const page = await context.newPage();
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto('/help');
    await page.getByLabel('Waar gaat uw vraag over?').fill('<img src=x onerror=alert(1)>');
    await page.getByText(/artikelen? gevonden|We vonden niets/).waitFor();
    expect(dialog).toBe(false);
    expect(await page.locator('img').count()).toBe(0);
    await context.close();
  });
});
