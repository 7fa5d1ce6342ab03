import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { parseConfig, type Config } from '../apps/server/src/config.js';
import { loadDemo } from '../apps/server/src/features/demo/load.js';
import { startServer, type RunningServer } from '../apps/server/src/server.js';

/** Debian's Chromium; .ci/run installs the package. Playwright never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser suites run wherever Chromium is installed, and always in CI (where a missing browser must
 * fail, not pass unseen). Elsewhere they are skipped with the reason in their name.
 */
export function describeInBrowser(name: string, body: () => void): void {
  const skip = !existsSync(CHROMIUM) && !process.env.CI;
  // A browser step under a busy CI machine can take seconds; the steps' own 15 s limit names a hang.
  describe.skipIf(skip)(
    skip ? `${name} (skipped: no ${CHROMIUM}; apt-get install chromium)` : name,
    { timeout: 120_000 },
    body,
  );
}

export const SCREENSHOTS = join(import.meta.dirname, '..', 'test-results', 'screenshots');

export interface Stack {
  server: RunningServer;
  url: string;
  browser: Browser;
  /** The demo administrator (empty when started without the demo). */
  signIn: { email: string; password: string };
  /** A fresh browser profile (cookies, storage) at a given viewport. */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The built server on the demo workspace in an empty SQLite file, and a headless Chromium. */
export async function startStack(options: { demo?: boolean; config?: Partial<Config> } = {}): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'klantstem-e2e-'));
  const config = parseConfig(
    {},
    {
      port: 0,
      host: '127.0.0.1',
      logLevel: 'error',
      // Every test signs in afresh from 127.0.0.1; the per-address limit is for people, not this suite.
      signInAttemptsPerMinute: 1000,
      databaseUrl: `sqlite:${join(dir, 'e2e.db')}`,
      ...options.config,
    },
  );
  const server = await startServer(config);
  const demo = options.demo === false ? { signIn: { email: '', password: '' } } : await loadDemo(server.ctx);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    server,
    url: server.url,
    browser,
    signIn: demo.signIn,
    // bypassCSP lets the test inject axe-core; the app itself runs under its real policy otherwise.
    async newContext(viewport = { width: 1280, height: 900 }) {
      const context = await browser.newContext({
        viewport,
        baseURL: server.url,
        bypassCSP: true,
        locale: 'nl-NL',
      });
      // Fail a step well before the test's own time-out, so the report names the step that hung.
      context.setDefaultTimeout(15_000);
      return context;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** WCAG 2.1 A and AA rules that axe-core finds serious or critical on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} × e.g. ${JSON.stringify(v.nodes[0]?.target)})`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, stack: Stack): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mailadres').fill(stack.signIn.email);
  await page.getByLabel('Wachtwoord').fill(stack.signIn.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}

/**
 * Someone else's site on another port (so another origin) that embeds the widget with one script tag,
 * with rules that would hide every button and text box if they could reach inside the widget.
 */
export async function hostSite(klantstem: string): Promise<{ url: string; close(): void }> {
  const page = (lang: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Gemeente Voorbeeld</title>
<style>button, textarea, ol, li { display: none !important; } body { font-family: serif; }</style></head>
<body><main><h1>Gemeente Voorbeeld</h1><p>Welkom op onze website.</p></main>
<script src="${klantstem}/widget.js" async></script></body></html>`;
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page(request.url === '/en' ? 'en' : 'nl'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}
