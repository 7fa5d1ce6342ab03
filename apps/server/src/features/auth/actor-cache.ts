import type { Actor } from './actor.js';

/** How long a looked-up API token is trusted without asking the database again. */
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * Integrations call the API many times a second with the same token; remembering it briefly
 * saves a query per request. Revoking in this process clears the cache at once; other
 * processes notice within TTL_MS.
 */
export class ActorCache {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();

  get(key: string, now: number): Actor | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.until < now) return undefined;
    return entry.actor;
  }

  set(key: string, actor: Actor, now: number): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { actor, until: now + TTL_MS });
  }

  clear(): void {
    this.entries.clear();
  }
}
