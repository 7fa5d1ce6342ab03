import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAINING_EXAMPLES } from '../features/intents/fixtures.js';
import { runCli } from '../test/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'klantstem-intents-cli-'));
const db = `sqlite:${join(dir, 'cli.db')}`;
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe('klantstem intents', () => {
  it('trains from a CSV with named columns, predicts, and evaluates with the report keys', async () => {
    const csv = join(dir, 'train.csv');
    writeFileSync(
      csv,
      'vraag,team,extra\n' + TRAINING_EXAMPLES.map((e) => `${csvCell(e.text)},${e.label},x`).join('\n'),
    );
    const trained = await runCli([
      'intents',
      'train',
      '--data',
      csv,
      '--text-column',
      'vraag',
      '--label-column',
      'team',
      '--db',
      db,
    ]);
    expect(trained.stderr).toBe('');
    expect(trained.code).toBe(0);
    expect(JSON.parse(trained.stdout)).toMatchObject({
      status: 'active',
      examples: 75,
      source: `file:${csv}`,
    });

    const predicted = await runCli(['intents', 'predict', 'Waar blijft mijn schadevergoeding?', '--db', db]);
    expect(JSON.parse(predicted.stdout)).toMatchObject({ intent: 'betaling', abstained: false });

    const test = join(dir, 'test.jsonl');
    writeFileSync(
      test,
      [
        { text: 'is de betaling van mijn vergoeding al gedaan', label: 'betaling' },
        { text: 'wanneer komt de opnemer langs', label: 'opname' },
        { text: 'mag de kat mee naar de noodwoning', label: 'wisselwoning' },
        { text: 'wat is het recept voor appeltaart', label: 'oos' },
      ]
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    const evaluated = await runCli(['intents', 'eval', '--data', test, '--db', db, '--json']);
    expect(evaluated.code).toBe(0);
    const report = JSON.parse(evaluated.stdout) as Record<string, unknown>;
    for (const key of [
      'accuracy',
      'macroF1',
      'abstainRate',
      'answeredAccuracy',
      'inScopeAccuracy',
      'oosRecall',
      'trainSeconds',
      'predictPerSecond',
      'perIntent',
      'confusions',
    ]) {
      expect(report).toHaveProperty(key);
    }
    expect(report.items).toBe(4);
    expect(report.oosRecall).toEqual(expect.any(Number));
  });

  it.each([
    ['a CSV with broken quoting', 'text,label\n"open quote,betaling\n', /not valid CSV/],
    [
      'unknown columns',
      'question,intent\nwaar is mijn geld,betaling\n',
      /there is no "text" field \(found: question, intent\)/,
    ],
    [
      'a single intent',
      'text,label\nwaar is mijn geld,betaling\nis het geld al betaald,betaling\n',
      /at least two intents/,
    ],
  ])('refuses %s with a clear message', async (_name, content, message) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(file, content);
    const result = await runCli(['intents', 'train', '--data', file, '--db', db]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });

  it('explains a wrong call and exits 2', async () => {
    const result = await runCli(['intents', 'predict', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Give the question to route/);
  });
});
