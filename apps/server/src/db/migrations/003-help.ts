import type { Kysely } from 'kysely';

// Migrations take an untyped Kysely: they must keep working as the table types evolve.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** The help-centre index asks, about once a second, what changed since: by articles' update time. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.createIndex('articles_updated_at').on('articles').column('updated_at').execute();
}
