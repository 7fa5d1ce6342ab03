import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Vitest global setup: the browser tests run against fresh builds of apps/web and apps/widget (a few seconds). */
export default async function buildWeb(): Promise<void> {
  for (const app of ['web', 'widget']) {
    await build({ root: fileURLToPath(new URL(`../apps/${app}/`, import.meta.url)), logLevel: 'warn' });
  }
}
