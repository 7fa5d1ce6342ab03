import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, migrate, type Database } from '../db/connect.js';
import { randomSecret } from '../platform/secrets.js';

/**
 * The dialects every storage and API test runs against: SQLite always; PostgreSQL when
 * KLANTSTEM_TEST_PG is set to a connection URL (or to 1 for the local default).
 */
export const DEFAULT_TEST_PG = 'postgres://postgres@127.0.0.1:5432/test';

export function testPgUrl(): string | undefined {
  const value = process.env.KLANTSTEM_TEST_PG;
  if (!value || value === '0' || value === 'false') return undefined;
  return value === '1' || value === 'true' ? DEFAULT_TEST_PG : value;
}

export interface TestDialect {
  name: 'sqlite' | 'postgres';
  /** Why the dialect's tests are skipped, or undefined when they run. */
  skip: string | undefined;
  /** A fresh, migrated, empty database, with its URL for child processes. */
  open(): Promise<{ database: Database; url: string; dispose(): Promise<void> }>;
}

export const DIALECTS: TestDialect[] = [
  {
    name: 'sqlite',
    skip: undefined,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'klantstem-test-'));
      const url = `sqlite:${join(dir, 'test.db')}`;
      const database = await connect(url);
      await migrate(database);
      return {
        database,
        url,
        async dispose() {
          await database.destroy();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    skip: testPgUrl()
      ? undefined
      : 'PostgreSQL tests skipped: set KLANTSTEM_TEST_PG=1 (or a postgres:// URL) to run them',
    async open() {
      const base = testPgUrl()!;
      const schema = `t_${randomSecret(8)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')}`;
      const database = await connect(base, { pgSchema: schema, poolSize: 5 });
      await migrate(database);
      const url = `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
      return {
        database,
        url,
        async dispose() {
          await database.destroy();
          const client = new pg.Client({ connectionString: base });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  },
];
