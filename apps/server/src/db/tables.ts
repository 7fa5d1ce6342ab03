import type { ColumnType, Generated } from 'kysely';

/**
 * Table types for Kysely. Times are ISO 8601 UTC strings (same text in both dialects, sortable);
 * JSON is stored as text; booleans as 0/1 integers, so one set of queries serves SQLite and PostgreSQL.
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  role: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface TeamsTable {
  id: string;
  name: string;
  description: string | null;
  created_at: string;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface TeamIntentsTable {
  team_id: string;
  intent: string;
  /** 1 when the team may decide on this intent (e.g. a payment); routing prefers such a team. */
  authority: Generated<number>;
}

export interface IntentModelsTable {
  id: string;
  /** active (routes now), previous (the one to roll back to) or retired. */
  status: string;
  source: string;
  /** JSON: labels, examples, threshold, targetPrecision, trainSeconds, validation report. */
  info: string;
  /** The serialised model (core's serializeIntentModel). */
  model: string;
  created_at: string;
  created_by: string | null;
}

export interface SignalRoutesTable {
  signal_id: string;
  model_id: string;
  intent: string | null;
  team_id: string | null;
  confidence: number;
  abstained: number;
  out_of_scope: number;
  alternatives: string;
  routed_at: string;
  triaged_by: string | null;
  triaged_at: string | null;
}

export interface CustomersTable {
  id: string;
  name: string | null;
  lang: string | null;
  contact_person_id: string | null;
  merged_into: string | null;
  meta: string;
  created_at: string;
  updated_at: string;
}

export interface CustomerIdentitiesTable {
  kind: string;
  value: string;
  customer_id: string;
  created_at: string;
}

export interface SignalsTable {
  id: string;
  customer_id: string | null;
  channel: string;
  text: string;
  lang: string;
  at: string;
  meta: string;
  created_at: string;
}

export interface ArticlesTable {
  id: string;
  title: string;
  body: string;
  lang: string;
  url: string | null;
  tags: string;
  content_hash: string;
  created_at: string;
  updated_at: string;
}

export interface SearchEventsTable {
  id: string;
  session: string;
  at: string;
  query: string;
  result_count: number | null;
  source: string;
}

export interface SearchClicksTable {
  search_id: string;
  article_id: string;
  position: number;
}

export interface LabelsTable {
  id: string;
  text: string;
  label: string;
  source: string;
  created_at: string;
}

export interface GlossaryTermsTable {
  id: Generated<number>;
  official_term: string;
  lang: string;
  description: string | null;
  created_at: string;
}

export interface GlossaryVariantsTable {
  id: Generated<number>;
  term_id: number;
  customer_term: string;
  kind: string;
  status: string;
  source: string;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: string;
}

export interface ConversationsTable {
  id: string;
  customer_id: string | null;
  channel: string;
  /** open, waiting_on_customer, waiting_on_us or resolved. */
  status: string;
  subject: string;
  team_id: string | null;
  owner_id: string | null;
  intent: string | null;
  confidence: number | null;
  /** The earlier conversation of this customer on the same intent within 7 days, when there was one. */
  repeat_of: string | null;
  contact_number: number;
  reopen_count: number;
  customer_token_hash: string;
  created_at: string;
  updated_at: string;
  first_response_at: string | null;
  resolved_at: string | null;
  /**
   * An address the visitor left to get staff replies by mail too (lower case; not proven to be
   * theirs, so never linked to a customer until a reply from it names one of our Message-IDs).
   */
  reply_email: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ConversationMessagesTable {
  id: string;
  conversation_id: string;
  /** customer, staff or system. */
  author_kind: string;
  author_id: string | null;
  body: string;
  internal: number;
  /** The signal that keeps a customer's message in the one store of their words. */
  signal_id: string | null;
  email_message_id: string | null;
  email_in_reply_to: string | null;
  created_at: string;
}

export interface ConversationMentionsTable {
  message_id: string;
  conversation_id: string;
  user_id: string;
  created_at: string;
  /** When the person mentioned saw it; null while it waits for them. */
  seen_at: string | null;
}

export interface ConversationTransfersTable {
  id: string;
  conversation_id: string;
  from_team_id: string | null;
  to_team_id: string | null;
  from_user_id: string | null;
  to_user_id: string | null;
  note: string;
  by_user_id: string | null;
  at: string;
}

export interface ConversationPromisesTable {
  id: string;
  conversation_id: string;
  text: string;
  due_at: string;
  /** open, kept or broken as recorded; an open one past due_at reads as broken. */
  status: string;
  made_by: string | null;
  created_at: string;
  settled_at: string | null;
  settled_by: string | null;
}

export interface CannedRepliesTable {
  id: string;
  team_id: string;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface MailOutboxTable {
  /** The staff reply this mail carries (one mail per reply). */
  message_id: string;
  conversation_id: string;
  /** null when there was nobody to send it to (then it is failed from the start). */
  to_address: string | null;
  /**
   * queued (waiting for next_attempt_at), sending (claimed by a sender until next_attempt_at;
   * after that another may take it over), sent or failed.
   */
  state: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  /** The random token of the sender that claimed it; only that sender may record the outcome. */
  claim: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A file that came with a customer's message (migration 008). */
export interface ConversationAttachmentsTable {
  id: string;
  message_id: string;
  conversation_id: string;
  /** Made safe when stored: no path, no control characters, length-capped, never empty. */
  name: string;
  /** As the sender declared it; what it is served as is decided when it is served. */
  content_type: string;
  size: number;
  content: Buffer;
  created_at: string;
}

export interface Tables {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  setup_tokens: SetupTokensTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  team_intents: TeamIntentsTable;
  intent_models: IntentModelsTable;
  signal_routes: SignalRoutesTable;
  customers: CustomersTable;
  customer_identities: CustomerIdentitiesTable;
  signals: SignalsTable;
  articles: ArticlesTable;
  search_events: SearchEventsTable;
  search_clicks: SearchClicksTable;
  labels: LabelsTable;
  glossary_terms: GlossaryTermsTable;
  glossary_variants: GlossaryVariantsTable;
  audit_log: AuditLogTable;
  conversations: ConversationsTable;
  conversation_messages: ConversationMessagesTable;
  conversation_mentions: ConversationMentionsTable;
  conversation_transfers: ConversationTransfersTable;
  conversation_promises: ConversationPromisesTable;
  canned_replies: CannedRepliesTable;
  mail_outbox: MailOutboxTable;
  conversation_attachments: ConversationAttachmentsTable;
}
