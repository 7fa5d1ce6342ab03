import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test/cli.js';

const db = `sqlite:${join(mkdtempSync(join(tmpdir(), 'klantstem-vocab-cli-')), 'cli.db')}`;

describe('klantstem vocab', () => {
  it('approves a pair into the glossary and prints the shapes of the contract', async () => {
    const approved = await runCli(['vocab', 'approve', 'Noodwoning', 'wisselwoning', '--db', db]);
    expect(approved.code).toBe(0);
    expect(JSON.parse(approved.stdout)).toMatchObject({
      officialTerm: 'wisselwoning',
      variants: [{ customerTerm: 'noodwoning', status: 'approved' }],
    });
    const suggested = await runCli(['vocab', 'suggest', '--db', db, '--json']);
    expect(JSON.parse(suggested.stdout)).toEqual({ suggestions: [] });
    const gaps = await runCli(['vocab', 'gaps', '--db', db]);
    expect(JSON.parse(gaps.stdout)).toEqual({ gaps: [], unusedOfficialTerms: [] });
  });

  it.each([
    [['vocab', 'approve', 'alleen een term'], /Use: klantstem vocab approve/],
    [['vocab', 'suggest', '--limit', 'veel'], /--limit must be a whole number/],
    [['vocab', 'approve', 'a', 'b', '--kind', 'soort'], /--kind must be synonym or spelling/],
  ])('explains %j and exits 2', async (args, message) => {
    const result = await runCli([...args, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
