import type { LiveEvent } from '@klantstem/contracts';

export type EventListener = (event: LiveEvent) => void;

/**
 * Conversation and mention events for live screens. One process: in memory. Several processes on one
 * PostgreSQL: LISTEN/NOTIFY, so an event published by any process reaches listeners in all of them.
 * Delivery is best effort: a screen that reconnects reloads what it shows.
 */
export interface EventBus {
  publish(event: LiveEvent): Promise<void>;
  /** Starts listening (resolves once events will arrive); returns the function that stops it. */
  subscribe(listener: EventListener): Promise<() => void>;
  close(): Promise<void>;
}

export class InProcessEventBus implements EventBus {
  private readonly listeners = new Set<EventListener>();

  publish(event: LiveEvent): Promise<void> {
    for (const listener of this.listeners) listener(event);
    return Promise.resolve();
  }

  subscribe(listener: EventListener): Promise<() => void> {
    this.listeners.add(listener);
    return Promise.resolve(() => this.listeners.delete(listener));
  }

  close(): Promise<void> {
    this.listeners.clear();
    return Promise.resolve();
  }
}
