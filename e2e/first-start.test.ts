import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueSetupLink } from '../apps/server/src/features/setup/service.js';
import { describeInBrowser, seriousViolations, startStack, type Stack } from './harness.js';

describeInBrowser('first start in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demo: false });
  });
  afterAll(() => stack?.close());

  it('creates the first administrator from the setup link and signs them in; the link then stops working', async () => {
    const link = new URL((await issueSetupLink(stack.server.ctx))!);
    const page = await (await stack.newContext()).newPage();
    const path = `${link.pathname}${link.search}`;
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: 'Klantstem instellen' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Naam').fill('Eerste Beheerder');
    await page.getByLabel('E-mailadres').fill('beheer@example.test');
    await page.getByLabel(/Wachtwoord/).fill('kort');
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await page.getByRole('alert').filter({ hasText: 'minstens 12 tekens' }).waitFor();

    await page.getByLabel(/Wachtwoord/).fill('een-lang-genoeg-wachtwoord');
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    await page.getByText('Er zijn nog geen signalen.', { exact: false }).waitFor();

    const again = await (await stack.newContext()).newPage();
    await again.goto(path);
    await again.getByLabel('Naam').fill('Indringer');
    await again.getByLabel('E-mailadres').fill('indringer@example.test');
    await again.getByLabel(/Wachtwoord/).fill('een-lang-genoeg-wachtwoord');
    await again.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await again.getByRole('alert').filter({ hasText: 'al een beheerder' }).waitFor();
  });
});
