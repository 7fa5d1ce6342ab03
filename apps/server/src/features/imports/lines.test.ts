import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, readLines, type RawLine } from './lines.js';

async function collect(chunks: (string | Uint8Array)[]): Promise<RawLine[]> {
  const out: RawLine[] = [];
  for await (const line of readLines(chunks)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('numbers lines across chunk borders, handles CRLF, a BOM and a missing final newline', async () => {
    const lines = await collect(['\ufeffeen\r\ntw', 'ee\n\ndrie']);
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'een'],
      [2, 'twee'],
      [3, ''],
      [4, 'drie'],
    ]);
  });

  it('reports invalid UTF-8 on its own line and keeps the lines around it', async () => {
    const bad = new Uint8Array([0x61, 0xff, 0xfe, 0x62, 0x0a]);
    const lines = await collect(['goed\n', bad, 'ook goed\n']);
    expect(lines[0]).toMatchObject({ line: 1, text: 'goed' });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('UTF-8') });
    expect(lines[2]).toMatchObject({ line: 3, text: 'ook goed' });
  });

  it('decodes a multi-byte character split over two chunks', async () => {
    const bytes = new TextEncoder().encode('café ë\n');
    const lines = await collect([bytes.subarray(0, 4), bytes.subarray(4)]);
    expect(lines[0]).toMatchObject({ text: 'café ë' });
  });

  it('drops an overlong line as an error without holding it in memory, then goes on', async () => {
    const big = new Uint8Array(1024 * 1024).fill(0x61);
    const chunks: (string | Uint8Array)[] = ['kort\n'];
    for (let i = 0; i < MAX_LINE_BYTES / big.length + 2; i += 1) chunks.push(big);
    chunks.push('\nna\n');
    const lines = await collect(chunks);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('longer than') });
    expect(lines[2]).toMatchObject({ line: 3, text: 'na' });
  });
});
