import { describe, expect, it } from 'vitest';
import { sseParser, type SseEvent } from './sse.js';

function parse(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const feed = sseParser((e) => events.push(e));
  for (const chunk of chunks) feed(chunk);
  return events;
}

describe('sseParser', () => {
  it('reads the events the server writes, skipping the retry hint and heartbeats', () => {
    const stream =
      'retry: 3000\n: listening\n\n' +
      'event: message.added\ndata: {"messageId":"m1"}\n\n' +
      ': still here\n\n' +
      'data: plain\n\n';
    expect(parse([stream])).toEqual([
      { type: 'message.added', data: '{"messageId":"m1"}' },
      { type: 'message', data: 'plain' },
    ]);
  });

  it('gives the same events however the text is cut into chunks', () => {
    const stream = 'event: a\r\ndata: one\r\ndata: two\r\n\r\nevent: b\rdata:three\r\rdata: four\n\n';
    const whole = parse([stream]);
    expect(whole).toEqual([
      { type: 'a', data: 'one\ntwo' },
      { type: 'b', data: 'three' },
      { type: 'message', data: 'four' },
    ]);
    for (let cut = 1; cut < stream.length; cut += 1) {
      expect(parse([stream.slice(0, cut), stream.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(parse([...stream])).toEqual(whole);
  });

  it('waits for the blank line: an event cut off by a broken connection is never half delivered', () => {
    expect(parse(['event: a\ndata: x\n'])).toEqual([]);
  });

  it('ignores events without data and fields it does not know', () => {
    expect(parse(['event: a\n\nid: 7\nfoo: bar\ndata\n\n'])).toEqual([]);
  });
});
