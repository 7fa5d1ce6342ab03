import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Vitest global setup: the browser tests run against a fresh build of apps/web (about two seconds). */
export default async function buildWeb(): Promise<void> {
  await build({ root: fileURLToPath(new URL('../apps/web/', import.meta.url)), logLevel: 'warn' });
}
