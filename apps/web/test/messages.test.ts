import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as help from '../src/help/messages';
import * as staff from '../src/staff/messages';

type Messages = { readonly [key: string]: string | Messages };

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.tsx') || entry.name.endsWith('.ts')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

/** Keys written literally in t('…') calls and in `label: '…'` entries of the screen list. */
function usedKeys(dir: string): string[] {
  const found = new Set<string>();
  for (const text of sources(dir)) {
    for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) found.add(match[1]!);
    for (const match of text.matchAll(/\blabel: '([a-z]+\.[A-Za-z.]+)'/g)) found.add(match[1]!);
  }
  return [...found];
}

describe.each([
  ['help centre', help, 'help'],
  ['staff workspace', staff, 'staff'],
])('%s messages', (_name, catalogue, dir) => {
  const nl = new Set(keys(catalogue.nl));
  const en = new Set(keys(catalogue.en));

  it('has every Dutch message in English too, and nothing English-only', () => {
    expect([...nl].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !nl.has(k))).toEqual([]);
  });

  it('has a message for every key the code asks for', () => {
    const plural = (key: string) => nl.has(`${key}_one`) && nl.has(`${key}_other`);
    const used = usedKeys(join(import.meta.dirname, '../src', dir));
    expect(used.length).toBeGreaterThan(10); // the scan itself works
    expect(used.filter((key) => !nl.has(key) && !plural(key))).toEqual([]);
  });
});
