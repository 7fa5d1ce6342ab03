import type { LiveEvent } from '@klantstem/contracts';
import type { Logger } from 'pino';
import type pg from 'pg';
import type { EventBus, EventListener } from './bus.js';

/** How long to wait before listening again after the listening connection broke. */
const RECONNECT_MS = 1000;

/**
 * Events across processes over PostgreSQL LISTEN/NOTIFY. One pooled connection per process listens
 * (only while someone subscribes); publishing is a NOTIFY on any connection, delivered to every
 * listening process, this one included, once the publishing statement commits.
 */
export class PostgresEventBus implements EventBus {
  private readonly listeners = new Set<EventListener>();
  private listening: Promise<pg.PoolClient> | undefined;
  private closed = false;
  /** The channel is per schema: tests and tenants sharing one database never hear each other. */
  private readonly channel: string;

  constructor(
    private readonly pool: pg.Pool,
    schema: string,
    private readonly logger: Logger,
  ) {
    this.channel = `klantstem_events_${schema}`.slice(0, 63);
  }

  async publish(event: LiveEvent): Promise<void> {
    await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(event)]);
  }

  async subscribe(listener: EventListener): Promise<() => void> {
    this.listeners.add(listener);
    await this.listen();
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    const client = await this.listening?.catch(() => undefined);
    this.listening = undefined;
    client?.release(true);
  }

  private listen(): Promise<pg.PoolClient> {
    this.listening ??= this.connect().catch((error: unknown) => {
      this.listening = undefined;
      throw error;
    });
    return this.listening;
  }

  private async connect(): Promise<pg.PoolClient> {
    const client = await this.pool.connect();
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      const event = JSON.parse(message.payload) as LiveEvent;
      for (const listener of this.listeners) listener(event);
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'event listener connection lost; listening again');
      client.release(true);
      this.listening = undefined;
      if (!this.closed && this.listeners.size > 0)
        setTimeout(() => void this.listen().catch(() => undefined), RECONNECT_MS);
    });
    await client.query(`LISTEN "${this.channel}"`);
    return client;
  }
}
