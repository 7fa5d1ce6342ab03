import { sseParser, type SseEvent } from './sse.js';

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

/** Doubling waits with jitter, so many widgets do not all return the moment a server comes back. */
export function retryDelay(attempt: number, random = Math.random): number {
  const ceiling = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  return ceiling / 2 + (random() * ceiling) / 2;
}

export interface LiveOptions {
  open: (signal: AbortSignal) => Promise<Response>;
  /** The stream is (again) open: whatever happened while it was closed must be loaded now. */
  onOpen: () => void;
  onEvent: (event: SseEvent) => void;
  onDown: () => void;
}

/**
 * Keeps an event stream open for as long as the widget lives: reads it with fetch (so it can carry
 * a header), reconnects with growing waits, and at once when the browser says it is online again.
 * Returns a function that closes it for good.
 */
export function keepLive(options: LiveOptions): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  let wake: () => void = () => undefined;
  const online = () => wake();
  window.addEventListener('online', online);

  async function readOnce(): Promise<boolean> {
    const response = await options.open(signal);
    if (!response.ok || !response.body) return false;
    options.onOpen();
    const feed = sseParser(options.onEvent);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      feed(decoder.decode(value, { stream: true }));
    }
  }

  void (async () => {
    let attempt = 0;
    while (!signal.aborted) {
      // A stream that opened and later broke starts the waits afresh; one that never opened backs off.
      const opened = await readOnce().catch(() => false);
      if (signal.aborted) break;
      attempt = opened ? 0 : attempt + 1;
      options.onDown();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, retryDelay(attempt));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
        signal.addEventListener('abort', wake, { once: true });
      });
    }
    window.removeEventListener('online', online);
  })();

  return () => controller.abort();
}
