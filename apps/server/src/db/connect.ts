import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import { withStatementCache } from './statement-cache.js';
import type { Tables } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  readonly db: Kysely<Tables>;
  readonly dialect: Dialect;
  /** The raw better-sqlite3 handle (SQLite only), for the bulk paths that bypass the query builder. */
  readonly sqlite?: SQLite.Database;
  /** The raw pg pool (PostgreSQL only). */
  readonly pool?: pg.Pool;
  /** The PostgreSQL schema holding Klantstem's tables. */
  readonly schema?: string;
  destroy(): Promise<void>;
}

export const DEFAULT_DB_URL = 'sqlite:./data/klantstem.db';

export interface ParsedDbUrl {
  dialect: Dialect;
  /** File path for SQLite (":memory:" allowed), connection string for PostgreSQL. */
  target: string;
}

/**
 * Accepts sqlite:PATH, sqlite://PATH, a bare file path ending in .db, or postgres(ql)://…
 * (a `?schema=name` parameter puts Klantstem's tables in that PostgreSQL schema).
 */
export function parseDbUrl(url: string): ParsedDbUrl {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', target: url };
  const match = /^sqlite:(?:\/\/)?(.+)$/.exec(url);
  if (match?.[1]) return { dialect: 'sqlite', target: match[1] };
  if (/\.(db|sqlite3?)$/.test(url)) return { dialect: 'sqlite', target: url };
  throw new Error(`Unsupported database URL "${url}": use sqlite:<file> or postgres://user@host/db`);
}

export interface ConnectOptions {
  /** PostgreSQL schema to use (created when missing); tests give each file its own. */
  pgSchema?: string;
  poolSize?: number;
}

export async function connect(url: string, options: ConnectOptions = {}): Promise<Database> {
  const { dialect, target } = parseDbUrl(url);
  if (dialect === 'sqlite') return connectSqlite(target);
  return connectPostgres(target, options);
}

function connectSqlite(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    destroy: () => db.destroy(),
  };
}

async function connectPostgres(url: string, options: ConnectOptions): Promise<Database> {
  const parsed = new URL(url);
  const schema = options.pgSchema ?? (parsed.searchParams.get('schema') || undefined);
  parsed.searchParams.delete('schema');
  const connectionString = parsed.toString();
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`Invalid schema name ${schema}`);
  if (schema) {
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', pool, schema: schema ?? 'public', destroy: () => db.destroy() };
}

/** Brings the schema up to date; safe to call at every start and from several processes. */
export async function migrate(database: Database): Promise<void> {
  const migrator = new Migrator({
    db: database.db,
    provider: migrationProvider(database.dialect),
    // Without a schema the migrator may find another schema's bookkeeping tables and skip its own.
    ...(database.schema && { migrationTableSchema: database.schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Database migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
}

export async function ping(database: Database): Promise<void> {
  await sql`select 1`.execute(database.db);
}
