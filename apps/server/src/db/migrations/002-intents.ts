import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Intent models (kept for rollback), the route each signal got, and teams' authority per intent. */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  const real = dialect === 'sqlite' ? 'real' : 'double precision';

  await db.schema
    .createTable('intent_models')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('info', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('intent_models_status')
    .on('intent_models')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('signal_routes')
    .addColumn('signal_id', 'text', (c) => c.primaryKey().references('signals.id').onDelete('cascade'))
    .addColumn('model_id', 'text', (c) => c.notNull())
    .addColumn('intent', 'text')
    .addColumn('team_id', 'text')
    .addColumn('confidence', real, (c) => c.notNull())
    .addColumn('abstained', 'integer', (c) => c.notNull())
    .addColumn('out_of_scope', 'integer', (c) => c.notNull())
    .addColumn('alternatives', 'text', (c) => c.notNull())
    .addColumn('routed_at', 'text', (c) => c.notNull())
    .addColumn('triaged_by', 'text')
    .addColumn('triaged_at', 'text')
    .execute();
  await db.schema
    .createIndex('signal_routes_triage')
    .on('signal_routes')
    .columns(['team_id', 'triaged_at', 'routed_at'])
    .execute();

  await db.schema
    .alterTable('team_intents')
    .addColumn('authority', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
