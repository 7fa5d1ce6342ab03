import { describe, expect, it } from 'vitest';
import { mergeMessages, type ChatMessage } from './merge.js';

const msg = (id: string, at: string, body = id): ChatMessage => ({
  id,
  from: 'us',
  body,
  createdAt: `2026-12-01T20:00:${at}.000Z`,
  attachments: [],
});

describe('mergeMessages', () => {
  it('adds what is new, oldest first, and shows each message once', () => {
    const shown = [msg('a', '01'), msg('b', '02')];
    const loaded = [msg('a', '01'), msg('b', '02'), msg('c', '03')];
    expect(mergeMessages(shown, loaded).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps what an older answer lacks, so a late reload never hides a message', () => {
    const shown = [msg('a', '01'), msg('b', '02'), msg('c', '03')];
    expect(mergeMessages(shown, [msg('a', '01')]).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts a message that arrives late in its place and takes the newer copy of a known one', () => {
    const merged = mergeMessages([msg('a', '01'), msg('c', '03')], [msg('b', '02'), msg('c', '03', 'new')]);
    expect(merged.map((m) => [m.id, m.body])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'new'],
    ]);
  });

  it('keeps the order of messages written in the same millisecond', () => {
    const merged = mergeMessages([msg('z', '01')], [msg('z', '01'), msg('y', '01')]);
    expect(merged.map((m) => m.id)).toEqual(['z', 'y']);
  });
});
