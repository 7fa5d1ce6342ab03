import type { Session } from './api.js';

const isSession = (value: unknown): value is Session =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Session).id === 'string' &&
  typeof (value as Session).token === 'string';

/**
 * The visitor's conversation in the host page's localStorage, so it survives a reload. Storage may
 * be switched off or full (private windows, sandboxed frames): then the chat lasts as long as the page.
 */
export function sessionStorageFor(key: string) {
  return {
    load(): Session | null {
      try {
        const value = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
        return isSession(value) ? value : null;
      } catch {
        return null;
      }
    },
    save(session: Session): void {
      try {
        localStorage.setItem(key, JSON.stringify(session));
      } catch {
        // no storage: nothing to keep it in
      }
    },
    clear(): void {
      try {
        localStorage.removeItem(key);
      } catch {
        // no storage: nothing to clear
      }
    },
  };
}
