import type { AppContext } from '../../context.js';
import { articleStore } from '../articles/store.js';
import { recordAudit } from '../audit/repository.js';
import { listCannedReplies } from '../canned-replies/repository.js';
import { saveCannedReply } from '../canned-replies/service.js';
import { CLI_ACTOR } from '../auth/actor.js';
import { customerStore } from '../customers/store.js';
import { importRecords, type RecordStore } from '../imports/run.js';
import { numberedRecords } from '../imports/records.js';
import { labelStore } from '../labels/store.js';
import { searchStore } from '../searches/store.js';
import { signalStore } from '../signals/service.js';
import { saveTeamRows } from '../teams/service.js';
import { modelWithStatus } from '../intents/repository.js';
import { trainAndActivate } from '../intents/service.js';
import { findUserByEmail } from '../users/repository.js';
import { changeUser, createUser } from '../users/service.js';
import { randomSecret } from '../../platform/secrets.js';
import { toCustomerInput } from './customers.js';
import { generateDemo } from './generate.js';
import { loadDemoConversations } from './load-conversations.js';

export interface DemoReport {
  organisation: string;
  counts: Record<string, number>;
  signIn: { email: string; password: string };
}

/**
 * Loads the generated demo workspace through the same stores as `klantstem import`, so running it
 * again adds nothing. The demo administrator gets a fresh random password each time, printed once.
 */
export async function loadDemo(
  ctx: AppContext,
  seed?: number,
  progress?: NodeJS.WritableStream,
): Promise<DemoReport> {
  const demo = generateDemo(seed);
  const say = (text: string) => progress?.write(`  ${text}\n`);

  say('staff and teams');
  const userIds = new Map<string, string>();
  let signIn: DemoReport['signIn'] | undefined;
  for (const person of demo.staff) {
    const password = randomSecret(12);
    const existing = await findUserByEmail(ctx.database.db, person.email);
    const user = existing
      ? person.role === 'admin' && !signIn
        ? await changeUser(ctx, CLI_ACTOR, existing.id, { password, disabled: false })
        : { id: existing.id }
      : await createUser(ctx, CLI_ACTOR, {
          email: person.email,
          name: person.name,
          role: person.role,
          password,
        });
    userIds.set(person.email, user.id);
    if (person.role === 'admin' && !signIn) signIn = { email: person.email, password };
  }
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    for (const team of demo.teams) {
      const members = demo.staff.filter((s) => s.team === team.key).map((s) => userIds.get(s.email)!);
      await saveTeamRows(
        trx,
        {
          id: team.key,
          name: team.name,
          description: team.description,
          members,
          intents: team.intents,
          ...(team.authority && { authority: team.authority }),
        },
        now,
      );
    }
  });

  const counts: Record<string, number> = { staff: demo.staff.length, teams: demo.teams.length };
  say('canned replies');
  const existing = new Set(
    (await listCannedReplies(ctx.database.db)).map((reply) => `${reply.teamId}\n${reply.title}`),
  );
  const cannedReplies = demo.cannedReplies.filter(
    (reply) => !existing.has(`${reply.teamId}\n${reply.title}`),
  );
  for (const reply of cannedReplies) await saveCannedReply(ctx, CLI_ACTOR, reply);
  counts.cannedReplies = cannedReplies.length;
  const load = async (name: string, store: RecordStore<never>, values: readonly object[]) => {
    say(`${name}: ${values.length}`);
    const summary = await importRecords(store, numberedRecords(values));
    if (summary.errorCount > 0) {
      throw new Error(
        `The demo ${name} did not load: line ${summary.errors[0]?.line}: ${summary.errors[0]?.message}`,
      );
    }
    counts[name] = values.length;
  };
  await load('customers', customerStore(ctx), demo.customers.map(toCustomerInput));
  await load('articles', articleStore(ctx), demo.articles);
  await load('signals', signalStore(ctx), demo.signals);
  await load('searches', searchStore(ctx), demo.searches);
  await load('labels', labelStore(ctx), demo.labels);
  // Routing works from the start: the first model learns from the demo's labels.
  if (!(await modelWithStatus(ctx.database.db, 'active'))) {
    say('intent model');
    await trainAndActivate(ctx, CLI_ACTOR);
  }
  const admin = demo.staff.find((s) => s.role === 'admin')!;
  say(`conversations: ${demo.conversations.length}`);
  counts.conversations = await loadDemoConversations(ctx, demo.conversations, {
    type: 'user',
    id: userIds.get(admin.email)!,
    role: 'admin',
  });
  await recordAudit(ctx.database.db, CLI_ACTOR, ctx.clock.now().toISOString(), {
    action: 'demo.loaded',
    entityType: 'workspace',
    details: { seed: seed ?? null, counts },
  });
  if (!signIn) throw new Error('The demo workspace has no administrator.');
  return { organisation: demo.organisation.name, counts, signIn };
}
