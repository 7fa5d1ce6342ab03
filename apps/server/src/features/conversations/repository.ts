import type {
  AttachmentInfo,
  ConversationStatus,
  ConversationSummary,
  CustomerPromise,
  Message,
  Transfer,
} from '@klantstem/contracts';
import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type {
  ConversationMentionsTable,
  ConversationMessagesTable,
  ConversationPromisesTable,
  ConversationsTable,
  ConversationTransfersTable,
  Tables,
} from '../../db/tables.js';
import type { Dialect } from '../../db/connect.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';

export type ConversationRow = Selectable<ConversationsTable>;

export function toSummary(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel,
    status: row.status as ConversationStatus,
    subject: row.subject,
    teamId: row.team_id,
    ownerId: row.owner_id,
    route: {
      intent: row.intent,
      confidence: row.confidence === null ? null : Number(row.confidence),
      triage: row.team_id === null,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    firstResponseAt: row.first_response_at,
    resolvedAt: row.resolved_at,
    reopenCount: Number(row.reopen_count),
  };
}

export function toMessage(
  row: Selectable<ConversationMessagesTable>,
  mentions: string[],
  attachments: AttachmentInfo[] = [],
): Message {
  return {
    id: row.id,
    authorKind: row.author_kind as Message['authorKind'],
    authorId: row.author_id,
    body: row.body,
    internal: row.internal === 1,
    mentions,
    createdAt: row.created_at,
    attachments,
  };
}

export function toTransfer(row: Selectable<ConversationTransfersTable>): Transfer {
  return {
    id: row.id,
    fromTeamId: row.from_team_id,
    toTeamId: row.to_team_id,
    fromUserId: row.from_user_id,
    toUserId: row.to_user_id,
    note: row.note,
    by: row.by_user_id,
    at: row.at,
  };
}

/** A promise still open after its due time was not kept: it reads as broken. */
export function toPromise(row: Selectable<ConversationPromisesTable>, now: string): CustomerPromise {
  const status = row.status === 'open' && row.due_at < now ? 'broken' : row.status;
  return {
    id: row.id,
    text: row.text,
    dueAt: row.due_at,
    status: status as CustomerPromise['status'],
    madeBy: row.made_by,
    createdAt: row.created_at,
    settledAt: row.settled_at,
  };
}

export async function findConversation(db: Kysely<Tables>, id: string): Promise<ConversationRow | undefined> {
  return db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertConversation(
  db: Kysely<Tables>,
  row: Insertable<ConversationsTable>,
): Promise<void> {
  await db.insertInto('conversations').values(row).execute();
}

export async function updateConversation(
  db: Kysely<Tables>,
  id: string,
  patch: Omit<Updateable<ConversationsTable>, 'id'>,
): Promise<void> {
  await db.updateTable('conversations').set(patch).where('id', '=', id).execute();
}

/** Gives a conversation in triage its team; false when it has one already (someone was first). */
export async function routeFromTriage(
  db: Kysely<Tables>,
  id: string,
  patch: Pick<ConversationsTable, 'intent' | 'team_id' | 'owner_id' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('conversations')
    .set(patch)
    .where('id', '=', id)
    .where('team_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Moves a conversation to a status in one statement (SET reads the row as it was), so requests at
 * the same moment neither miss nor double-count a reopening: leaving resolved counts one.
 */
export async function setStatus(
  db: Kysely<Tables>,
  id: string,
  status: ConversationStatus,
  now: string,
): Promise<void> {
  const resolving = status === 'resolved';
  await db
    .updateTable('conversations')
    .set({
      status,
      updated_at: now,
      reopen_count: resolving
        ? sql<number>`reopen_count`
        : sql<number>`reopen_count + case when status = 'resolved' then 1 else 0 end`,
      resolved_at: resolving
        ? sql<string>`case when status = 'resolved' then resolved_at else ${now} end`
        : null,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Makes a conversation without a customer theirs, with the words already said in it (its signals),
 * so they join that customer's timeline. One that has a customer keeps it.
 */
export async function linkCustomer(
  db: Kysely<Tables>,
  conversationId: string,
  customerId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('conversations')
      .set({ customer_id: customerId })
      .where('id', '=', conversationId)
      .where('customer_id', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return;
    await trx
      .updateTable('signals')
      .set({ customer_id: customerId })
      .where('customer_id', 'is', null)
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('conversation_messages')
          .select('signal_id')
          .where('conversation_id', '=', conversationId)
          .where('signal_id', 'is not', null),
      )
      .execute();
  });
}

export async function insertMessage(db: Kysely<Tables>, row: ConversationMessagesTable): Promise<void> {
  await db.insertInto('conversation_messages').values(row).execute();
}

export async function messagesOf(db: Kysely<Tables>, conversationId: string) {
  return db
    .selectFrom('conversation_messages')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertMentions(db: Kysely<Tables>, rows: ConversationMentionsTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('conversation_mentions').values(rows).execute();
}

/** message id -> the people its note mentions. */
export async function mentionsOf(db: Kysely<Tables>, conversationId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('conversation_mentions')
    .select(['message_id', 'user_id'])
    .where('conversation_id', '=', conversationId)
    .orderBy('user_id')
    .execute();
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.message_id, [...(map.get(r.message_id) ?? []), r.user_id]);
  return map;
}

export interface MentionFilter {
  userId: string;
  unread: boolean;
  limit: number;
  cursor?: string;
}

/** How much of a note the list of mentions reads; the excerpt is cut from it. */
export const EXCERPT_SOURCE = 400;

/** A person's mentions, newest first, keyset-paged on (created_at, message_id). */
export async function listMentions(db: Kysely<Tables>, filter: MentionFilter) {
  let q = db
    .selectFrom('conversation_mentions as mention')
    .innerJoin('conversation_messages as note', 'note.id', 'mention.message_id')
    .innerJoin('conversations as c', 'c.id', 'mention.conversation_id')
    .leftJoin('users as author', 'author.id', 'note.author_id')
    .select([
      'mention.message_id',
      'mention.conversation_id',
      'mention.created_at',
      'mention.seen_at',
      'c.subject',
      'c.status',
      'note.author_id',
      'author.name as author_name',
      sql<string>`substr(${sql.ref('note.body')}, 1, ${EXCERPT_SOURCE})`.as('body_start'),
    ])
    .where('mention.user_id', '=', filter.userId);
  if (filter.unread) q = q.where('mention.seen_at', 'is', null);
  const after = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('mention.created_at', '<', after.at),
        eb.and([eb('mention.created_at', '=', after.at), eb('mention.message_id', '<', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('mention.created_at', 'desc')
    .orderBy('mention.message_id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const items = rows.slice(0, filter.limit);
  const last = rows.length > filter.limit ? items[items.length - 1] : undefined;
  return { items, nextCursor: last && encodeCursor({ at: last.created_at, id: last.message_id }) };
}

export async function unreadMentionCount(db: Kysely<Tables>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('conversation_mentions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('seen_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks a person's unseen mentions (in one conversation, or all) as seen; answers how many. */
export async function markMentionsSeen(
  db: Kysely<Tables>,
  userId: string,
  conversationId: string | undefined,
  now: string,
): Promise<number> {
  let q = db
    .updateTable('conversation_mentions')
    .set({ seen_at: now })
    .where('user_id', '=', userId)
    .where('seen_at', 'is', null);
  if (conversationId !== undefined) q = q.where('conversation_id', '=', conversationId);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

export async function insertTransfer(db: Kysely<Tables>, row: ConversationTransfersTable): Promise<void> {
  await db.insertInto('conversation_transfers').values(row).execute();
}

export async function transfersOf(db: Kysely<Tables>, conversationId: string) {
  return db
    .selectFrom('conversation_transfers')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export async function insertPromise(db: Kysely<Tables>, row: ConversationPromisesTable): Promise<void> {
  await db.insertInto('conversation_promises').values(row).execute();
}

export async function promisesOf(db: Kysely<Tables>, conversationId: string) {
  return db
    .selectFrom('conversation_promises')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
}

export async function settlePromise(
  db: Kysely<Tables>,
  conversationId: string,
  promiseId: string,
  settled: { status: 'kept' | 'broken'; at: string; by: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('conversation_promises')
    .set({ status: settled.status, settled_at: settled.at, settled_by: settled.by })
    .where('id', '=', promiseId)
    .where('conversation_id', '=', conversationId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findPromise(db: Kysely<Tables>, conversationId: string, promiseId: string) {
  return db
    .selectFrom('conversation_promises')
    .selectAll()
    .where('id', '=', promiseId)
    .where('conversation_id', '=', conversationId)
    .executeTakeFirst();
}

/**
 * Holds the team's row until the transaction ends, so the people of one team are chosen one
 * transaction at a time: two conversations starting together would otherwise read the same loads
 * and both go to the same person. On PostgreSQL a row lock that waits for the other choice to
 * commit (FOR NO KEY UPDATE: rows that merely refer to the team, such as a new conversation, do
 * not wait for it). SQLite needs none: Kysely runs one transaction at a time on its one connection.
 */
export async function lockTeamForChoice(db: Kysely<Tables>, dialect: Dialect, teamId: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await db.selectFrom('teams').select('id').where('id', '=', teamId).forNoKeyUpdate().execute();
}

/**
 * The member of a team with the fewest unresolved conversations (ties: the lowest id), or null
 * for a team without active members.
 */
export async function leastLoadedMember(db: Kysely<Tables>, teamId: string): Promise<string | null> {
  const row = await db
    .selectFrom('team_members')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .leftJoin('conversations', (join) =>
      join
        .onRef('conversations.owner_id', '=', 'team_members.user_id')
        .on('conversations.status', '<>', 'resolved'),
    )
    .select(['team_members.user_id', (eb) => eb.fn.count<number>('conversations.id').as('load')])
    .where('team_members.team_id', '=', teamId)
    .where('users.disabled_at', 'is', null)
    .groupBy('team_members.user_id')
    .orderBy('load')
    .orderBy('team_members.user_id')
    .limit(1)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** The customer's contact person, when they are an active member of this team. */
export async function contactPersonInTeam(
  db: Kysely<Tables>,
  customerId: string,
  teamId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('customers')
    .innerJoin('team_members', 'team_members.user_id', 'customers.contact_person_id')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .select('users.id')
    .where('customers.id', '=', customerId)
    .where('team_members.team_id', '=', teamId)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A team of the customer's contact person (the first by id), when they have one and are active. */
export async function contactPersonTeam(db: Kysely<Tables>, customerId: string): Promise<string | null> {
  const row = await db
    .selectFrom('customers')
    .innerJoin('team_members', 'team_members.user_id', 'customers.contact_person_id')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .select('team_members.team_id')
    .where('customers.id', '=', customerId)
    .where('users.disabled_at', 'is', null)
    .orderBy('team_members.team_id')
    .executeTakeFirst();
  return row?.team_id ?? null;
}

/** The latest conversation of this customer on this intent started at or after `since`. */
export async function latestOnIntent(
  db: Kysely<Tables>,
  customerId: string,
  intent: string,
  since: string,
): Promise<{ id: string; contact_number: number } | undefined> {
  return db
    .selectFrom('conversations')
    .select(['id', 'contact_number'])
    .where('customer_id', '=', customerId)
    .where('intent', '=', intent)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface InboxFilter {
  status?: ConversationStatus;
  team?: string;
  owner?: string;
  triage?: boolean;
  mentioned?: string;
  limit: number;
  cursor?: string;
}

/** Latest activity first, keyset-paged on (updated_at, id); each filter has an index to walk. */
export async function listInbox(
  db: Kysely<Tables>,
  filter: InboxFilter,
): Promise<{ items: ConversationSummary[]; nextCursor?: string }> {
  let q = db.selectFrom('conversations').selectAll();
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.team) q = q.where('team_id', '=', filter.team);
  if (filter.owner) q = q.where('owner_id', '=', filter.owner);
  // A contact solved on the phone needs no team: only unresolved ones wait for a person to route them.
  if (filter.triage) q = q.where('team_id', 'is', null).where('status', '!=', 'resolved');
  if (filter.mentioned) {
    const mentioned = filter.mentioned;
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('conversation_mentions').select('conversation_id').where('user_id', '=', mentioned),
    );
  }
  const after = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('updated_at', '<', after.at),
        eb.and([eb('updated_at', '=', after.at), eb('id', '<', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const items = rows.slice(0, filter.limit).map(toSummary);
  const last = rows.length > filter.limit ? items[items.length - 1] : undefined;
  return last ? { items, nextCursor: encodeCursor({ at: last.updatedAt, id: last.id }) } : { items };
}

export async function activeUserIds(db: Kysely<Tables>, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('disabled_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function teamExists(db: Kysely<Tables>, id: string): Promise<boolean> {
  return (await db.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function isTeamMember(db: Kysely<Tables>, teamId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('team_members')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** What customer effort is computed from, for the conversations started in [from, to). */
export async function effortRows(db: Kysely<Tables>, period: { from?: string; to?: string; id?: string }) {
  let conversations = db.selectFrom('conversations');
  if (period.id) conversations = conversations.where('conversations.id', '=', period.id);
  if (period.from) conversations = conversations.where('conversations.created_at', '>=', period.from);
  if (period.to) conversations = conversations.where('conversations.created_at', '<', period.to);
  const rows = await conversations
    .select([
      'id',
      'team_id',
      'repeat_of',
      'contact_number',
      'reopen_count',
      'created_at',
      'first_response_at',
      'resolved_at',
    ])
    .execute();
  const transfers = await conversations
    .innerJoin('conversation_transfers', 'conversation_transfers.conversation_id', 'conversations.id')
    .select(['conversations.id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('conversations.id')
    .execute();
  const promises = await conversations
    .innerJoin('conversation_promises', 'conversation_promises.conversation_id', 'conversations.id')
    .selectAll('conversation_promises')
    .execute();
  const repeated = await db
    .selectFrom('conversations as later')
    .innerJoin(conversations.select('conversations.id').as('period'), 'period.id', 'later.repeat_of')
    .select('later.repeat_of')
    .distinct()
    .execute();
  return { rows, transfers, promises, repeated: new Set(repeated.map((r) => r.repeat_of)) };
}

type Keyset = { at: string; id: string } | undefined;

/** A customer's conversations by start time, newest first, after the keyset position. */
export async function conversationsOfCustomers(
  db: Kysely<Tables>,
  customerIds: string[],
  after: Keyset,
  limit: number,
): Promise<ConversationRow[]> {
  let q = db.selectFrom('conversations').selectAll().where('customer_id', 'in', customerIds);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', after.at),
        eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)]),
      ]),
    );
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** A customer's signals that are not a message of a conversation (those show inside it), newest first. */
export async function signalsOutsideConversations(
  db: Kysely<Tables>,
  customerIds: string[],
  after: Keyset,
  limit: number,
) {
  let q = db
    .selectFrom('signals')
    .selectAll()
    .where('customer_id', 'in', customerIds)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('conversation_messages')
            .select('conversation_messages.id')
            .whereRef('conversation_messages.signal_id', '=', 'signals.id'),
        ),
      ),
    );
  if (after)
    q = q.where((eb) =>
      eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
    );
  return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** The signal behind the customer's first message (what the router read). */
export async function firstCustomerSignal(
  db: Kysely<Tables>,
  conversationId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('conversation_messages')
    .select('signal_id')
    .where('conversation_id', '=', conversationId)
    .where('author_kind', '=', 'customer')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.signal_id ?? null;
}
