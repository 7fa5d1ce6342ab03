/** One server-sent event: its `event:` name (default "message") and its joined `data:` lines. */
export interface SseEvent {
  type: string;
  data: string;
}

/**
 * A server-sent-events parser for text arriving in arbitrary chunks (fetch streams split anywhere):
 * returns a function to feed each chunk to; it calls `onEvent` once per complete event. Comments
 * (heartbeats) are skipped; `id:` and `retry:` are ignored because the widget reconnects on its own
 * terms and reloads the conversation instead of resuming the stream.
 */
export function sseParser(onEvent: (event: SseEvent) => void): (chunk: string) => void {
  let pending = '';
  let type = '';
  let data: string[] = [];

  const line = (text: string) => {
    if (text === '') {
      const joined = data.join('\n');
      if (joined !== '') onEvent({ type: type || 'message', data: joined });
      type = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
  };

  return (chunk) => {
    let text = pending + chunk;
    // A trailing \r may be the first half of \r\n: keep it until the next chunk says.
    const heldCr = text.endsWith('\r');
    if (heldCr) text = text.slice(0, -1);
    const lines = text.split(/\r\n|\r|\n/);
    pending = lines.pop()! + (heldCr ? '\r' : '');
    for (const l of lines) line(l);
  };
}
