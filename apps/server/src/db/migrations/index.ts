import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../connect.js';
import * as m001 from './001-initial.js';
import * as m002 from './002-intents.js';
import * as m003 from './003-help.js';
import * as m004 from './004-conversations.js';
import * as m005 from './005-conversation-mentions.js';
import * as m006 from './006-mail-outbox.js';
import * as m007 from './007-mention-seen.js';
import * as m008 from './008-attachments.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Step = { up(db: Kysely<any>, dialect: Dialect): Promise<void> };

/** Migrations in order. One set serves both dialects; a step branches only where SQL differs. */
const STEPS: Record<string, Step> = {
  '001-initial': m001,
  '002-intents': m002,
  '003-help': m003,
  '004-conversations': m004,
  '005-conversation-mentions': m005,
  '006-mail-outbox': m006,
  '007-mention-seen': m007,
  '008-attachments': m008,
};

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(STEPS)) {
        migrations[name] = { up: (db) => step.up(db, dialect) };
      }
      return Promise.resolve(migrations);
    },
  };
}
