import { Type, type Static } from '@sinclair/typebox';
import { IsoTime, Page, PageQuery } from './common.js';
import { MAX_MESSAGE_BODY } from './limits.js';
import { Signal } from './signals.js';

export const CONVERSATION_CHANNELS = ['chat', 'email', 'phone', 'counter', 'api'] as const;
export type ConversationChannel = (typeof CONVERSATION_CHANNELS)[number];

export const CONVERSATION_STATUSES = ['open', 'waiting_on_customer', 'waiting_on_us', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const ConversationStatusSchema = literals(CONVERSATION_STATUSES);
const MessageBody = Type.String({ minLength: 1, maxLength: MAX_MESSAGE_BODY, pattern: '\\S' });
const UserId = Type.String({ minLength: 1, maxLength: 200 });
const TeamId = Type.String({ minLength: 1, maxLength: 64 });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const ConversationStart = Type.Object(
  {
    channel: literals(CONVERSATION_CHANNELS),
    customer: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 320,
        pattern: '\\S',
        description: "The customer's own id, email address or phone number",
      }),
    ),
    subject: Type.Optional(Type.String({ maxLength: 300 })),
    message: MessageBody,
    answer: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: MAX_MESSAGE_BODY,
        pattern: '\\S',
        description: 'What a staff member answered during the phone call or counter visit they record',
      }),
    ),
    resolved: Type.Optional(
      Type.Boolean({
        description:
          'The call or visit solved it: the staff member who records it owns the conversation, resolved at once',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ConversationStart = Static<typeof ConversationStart>;

export const StaffRef = Type.Object({ id: Type.String(), name: Type.String() });
export type StaffRef = Static<typeof StaffRef>;

export const ConversationRoute = Type.Object({
  intent: Nullable(Type.String()),
  confidence: Type.Union([Type.Number(), Type.Null()]),
  triage: Type.Boolean({ description: 'true while no team has it: a person decides where it goes' }),
});

export const ConversationSummary = Type.Object({
  id: Type.String(),
  customerId: Nullable(Type.String()),
  channel: Type.String(),
  status: ConversationStatusSchema,
  subject: Type.String(),
  teamId: Nullable(Type.String()),
  ownerId: Nullable(Type.String()),
  route: ConversationRoute,
  createdAt: Type.String(),
  updatedAt: Type.String(),
  firstResponseAt: Nullable(Type.String()),
  resolvedAt: Nullable(Type.String()),
  reopenCount: Type.Integer(),
});
export type ConversationSummary = Static<typeof ConversationSummary>;

export const MESSAGE_AUTHORS = ['customer', 'staff', 'system'] as const;

export const MAIL_DELIVERY_STATES = ['queued', 'sent', 'failed'] as const;
export type MailDeliveryState = (typeof MAIL_DELIVERY_STATES)[number];

/** How a staff reply that goes by mail is getting on. */
export const MailDelivery = Type.Object({
  state: Type.Union(
    MAIL_DELIVERY_STATES.map((s) => Type.Literal(s)),
    {
      description:
        'queued: waiting to be sent (again: attempts above 0 means it failed before and is retried); sent; failed: given up (a system note says why)',
    },
  ),
  to: Nullable(Type.String()),
  attempts: Type.Integer({ description: 'How often sending was tried so far' }),
  lastError: Type.Optional(Type.String({ description: 'Why the last attempt failed' })),
  nextAttemptAt: Type.Optional(Type.String({ description: 'When it is tried again (queued only)' })),
  sentAt: Type.Optional(Type.String()),
});
export type MailDelivery = Static<typeof MailDelivery>;

/** A file that came with a message; its bytes are a separate download. */
export const AttachmentInfo = Type.Object({
  id: Type.String(),
  name: Type.String({
    description:
      'The file name as sent, made safe: no folders, no control characters, at most 200 characters',
  }),
  contentType: Type.String({
    description: 'As the sender declared it (a download is served as this type only when that is safe)',
  }),
  size: Type.Integer({ description: 'In bytes' }),
});
export type AttachmentInfo = Static<typeof AttachmentInfo>;

export const Message = Type.Object({
  id: Type.String(),
  authorKind: literals(MESSAGE_AUTHORS),
  authorId: Type.Union([Type.String(), Type.Null()], {
    description:
      'the staff member who wrote it, or who recorded what the customer said (phone, counter); null for the customer themselves and integrations',
  }),
  body: Type.String({ description: 'Plain text, shown as text: never interpreted as HTML' }),
  internal: Type.Boolean({ description: 'An internal note, never shown to the customer' }),
  mentions: Type.Array(Type.String()),
  createdAt: Type.String(),
  delivery: Type.Optional(MailDelivery),
  attachments: Type.Array(AttachmentInfo, {
    description:
      'Files that came with it (mail attachments, a photo from the chat); GET /api/v1/conversations/:id/attachments/:attachmentId downloads one',
  }),
});
export type Message = Static<typeof Message>;

export const Transfer = Type.Object({
  id: Type.String(),
  fromTeamId: Nullable(Type.String()),
  toTeamId: Nullable(Type.String()),
  fromUserId: Nullable(Type.String()),
  toUserId: Nullable(Type.String()),
  note: Type.String(),
  by: Nullable(Type.String()),
  at: Type.String(),
});
export type Transfer = Static<typeof Transfer>;

export const PROMISE_STATUSES = ['open', 'kept', 'broken'] as const;

export const CustomerPromise = Type.Object({
  id: Type.String(),
  text: Type.String(),
  dueAt: Type.String(),
  status: Type.Union(
    PROMISE_STATUSES.map((s) => Type.Literal(s)),
    {
      description: 'open until kept or broken; an open promise past its due time is broken',
    },
  ),
  madeBy: Nullable(Type.String()),
  createdAt: Type.String(),
  settledAt: Nullable(Type.String()),
});
export type CustomerPromise = Static<typeof CustomerPromise>;

/** What the receiver of a transfer sees first: the note, what the customer said, the route, promises. */
export const Handoff = Type.Object({
  transfer: Transfer,
  customerSaid: Type.Array(Message, { description: "The customer's first messages, oldest first" }),
  customerMessages: Type.Integer({ description: 'How many messages the customer sent in all' }),
  route: ConversationRoute,
  openPromises: Type.Array(CustomerPromise),
});
export type Handoff = Static<typeof Handoff>;

export const ConversationDetail = Type.Object({
  ...ConversationSummary.properties,
  messages: Type.Array(Message),
  transfers: Type.Array(Transfer),
  promises: Type.Array(CustomerPromise),
  contactPerson: Type.Union([StaffRef, Type.Null()]),
  handoff: Type.Union([Handoff, Type.Null()], { description: 'The latest transfer, for its receiver' }),
  replyEmail: Nullable(
    Type.String({
      description:
        'An address the visitor left in the chat: staff replies also go there by mail (not proven to be theirs)',
    }),
  ),
});
export type ConversationDetail = Static<typeof ConversationDetail>;

export const ConversationStarted = Type.Object({
  conversation: ConversationDetail,
  customerToken: Type.String({
    description:
      'Shown once: lets the customer read and answer this one conversation (header X-Conversation-Token)',
  }),
});

export const InboxQuery = Type.Object(
  {
    status: Type.Optional(ConversationStatusSchema),
    team: Type.Optional(TeamId),
    owner: Type.Optional(UserId),
    mine: Type.Optional(Type.Boolean({ description: 'only conversations the signed-in person owns' })),
    triage: Type.Optional(Type.Boolean({ description: 'only conversations no team has yet' })),
    mentioned: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'only conversations with a note mentioning this person',
      }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type InboxQuery = Static<typeof InboxQuery>;
export const InboxPage = Page(ConversationSummary);

/** A note that mentions the signed-in person, as their list of mentions shows it. */
export const Mention = Type.Object({
  messageId: Type.String({ description: 'the note; with the person mentioned it names the mention' }),
  conversation: Type.Object({ id: Type.String(), subject: Type.String(), status: ConversationStatusSchema }),
  by: Type.Union([StaffRef, Type.Null()], { description: 'who wrote the note; null for an integration' }),
  excerpt: Type.String({ description: 'the start of the note, whitespace folded, at most 200 characters' }),
  at: Type.String(),
  seenAt: Nullable(Type.String()),
});
export type Mention = Static<typeof Mention>;

export const MentionQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'only the mentions not seen yet' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type MentionQuery = Static<typeof MentionQuery>;

export const MentionPage = Type.Object({
  items: Type.Array(Mention),
  nextCursor: Type.Optional(Type.String()),
  unread: Type.Integer({ description: 'how many of your mentions wait to be seen, in all' }),
});
export type MentionPage = Static<typeof MentionPage>;

export const MentionsSeenInput = Type.Object(
  {
    conversationId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'your mentions in this conversation' }),
    ),
    all: Type.Optional(Type.Literal(true, { description: 'all your mentions' })),
  },
  { additionalProperties: false },
);
export type MentionsSeenInput = Static<typeof MentionsSeenInput>;

export const MentionsSeen = Type.Object({
  marked: Type.Integer({ description: 'mentions marked as seen now' }),
  unread: Type.Integer({ description: 'mentions still waiting to be seen' }),
});
export type MentionsSeen = Static<typeof MentionsSeen>;

export const MessageInput = Type.Object(
  {
    kind: literals(['reply', 'note', 'customer'] as const),
    body: MessageBody,
    mentions: Type.Optional(Type.Array(UserId, { maxItems: 50, description: 'user ids (notes only)' })),
  },
  { additionalProperties: false },
);
export type MessageInput = Static<typeof MessageInput>;

/**
 * A visitor starts a chat (the widget). No customer reference: an unverified email address must
 * never attach a stranger's words to, or open, another customer's history.
 */
export const VisitorConversationStart = Type.Object(
  { message: MessageBody, subject: Type.Optional(Type.String({ maxLength: 300 })) },
  { additionalProperties: false },
);

export const CustomerMessageInput = Type.Object({ body: MessageBody }, { additionalProperties: false });

export const AttachmentParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200 }),
  attachmentId: Type.String({ minLength: 1, maxLength: 200 }),
});

export const AttachmentQuery = Type.Object(
  {
    inline: Type.Optional(
      Type.Boolean({
        description:
          'Show it in the page rather than download it: only for PNG, JPEG, GIF and WebP images whose bytes are what they claim; anything else is a download all the same',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A visitor asks for our replies by mail too, at this address. */
export const ReplyEmailInput = Type.Object(
  {
    email: Type.String({
      format: 'email',
      minLength: 3,
      maxLength: 254,
      description: 'An email address such as naam@voorbeeld.nl',
    }),
  },
  { additionalProperties: false },
);

export const StatusInput = Type.Object({ status: ConversationStatusSchema }, { additionalProperties: false });

export const MAX_HANDOFF_NOTE = 2000;
export const TransferInput = Type.Object(
  {
    toTeam: Type.Optional(TeamId),
    toUser: Type.Optional(UserId),
    note: Type.String({ minLength: 1, maxLength: MAX_HANDOFF_NOTE, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
export type TransferInput = Static<typeof TransferInput>;

export const PromiseInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }), dueAt: IsoTime },
  { additionalProperties: false },
);
export const PromiseOutcome = Type.Object(
  { status: Type.Union([Type.Literal('kept'), Type.Literal('broken')]) },
  { additionalProperties: false },
);
export const PromiseParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200 }),
  promiseId: Type.String({ minLength: 1, maxLength: 200 }),
});

export const ContactPersonInput = Type.Object(
  { contactPersonId: Type.Union([UserId, Type.Null()]) },
  { additionalProperties: false },
);
export const ContactPerson = Type.Object({ contactPerson: Type.Union([StaffRef, Type.Null()]) });

/** The customer's own view: no internal notes, no staff ids beyond the contact person's name. */
export const CustomerConversationView = Type.Object({
  id: Type.String(),
  status: ConversationStatusSchema,
  subject: Type.String(),
  contactPerson: Type.Union([Type.Object({ name: Type.String() }), Type.Null()], {
    description: "The customer's own named contact person, when they have one",
  }),
  handledBy: Type.Union([Type.Object({ name: Type.String() }), Type.Null()], {
    description: 'Who has this conversation now; after a transfer, the person it went to',
  }),
  messages: Type.Array(
    Type.Object({
      id: Type.String(),
      from: Type.Union([Type.Literal('you'), Type.Literal('us')]),
      body: Type.String(),
      createdAt: Type.String(),
      attachments: Type.Array(AttachmentInfo, { description: 'Files the customer added to this message' }),
    }),
  ),
  openPromises: Type.Array(Type.Object({ text: Type.String(), dueAt: Type.String() })),
  attachmentMaxBytes: Type.Integer({
    description: 'The largest file the visitor may add, so the widget can say so before sending it',
  }),
  replyByEmailOffered: Type.Boolean({
    description: 'This service sends mail, so the visitor may ask for replies by mail too',
  }),
  replyByEmail: Type.Boolean({
    description: 'Our replies also go by mail to the address the visitor left (never shown back)',
  }),
});
export type CustomerConversationView = Static<typeof CustomerConversationView>;

export const VisitorConversationStarted = Type.Object({
  conversation: CustomerConversationView,
  customerToken: Type.String({ description: 'Shown once; send it as X-Conversation-Token' }),
});

export const TimelineItem = Type.Union([
  Type.Object({ kind: Type.Literal('conversation'), at: Type.String(), conversation: ConversationSummary }),
  Type.Object({ kind: Type.Literal('signal'), at: Type.String(), signal: Signal }),
]);
export type TimelineItem = Static<typeof TimelineItem>;
export const TimelinePage = Page(TimelineItem);
export const TimelineQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

export const CannedReplyInput = Type.Object(
  {
    teamId: TeamId,
    title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    body: MessageBody,
  },
  { additionalProperties: false },
);
export type CannedReplyInput = Static<typeof CannedReplyInput>;
export const CannedReply = Type.Object({
  id: Type.String(),
  teamId: Type.String(),
  title: Type.String(),
  body: Type.String(),
  updatedAt: Type.String(),
});
export type CannedReply = Static<typeof CannedReply>;
export const CannedReplyQuery = Type.Object({ team: Type.Optional(TeamId) }, { additionalProperties: false });

/** Customer effort of one conversation. Times in seconds; null when it has not happened yet. */
export const ConversationEffort = Type.Object({
  contactNumber: Type.Integer({
    description: 'Which contact about this issue this is: 2 or more means the customer had to come back',
  }),
  repeatOf: Nullable(Type.String()),
  transfers: Type.Integer(),
  reopenings: Type.Integer(),
  firstContactResolution: Type.Boolean({
    description: 'resolved without transfer, reopening or a repeat contact',
  }),
  firstResponseSeconds: Type.Union([Type.Number(), Type.Null()]),
  resolutionSeconds: Type.Union([Type.Number(), Type.Null()]),
  promisesKept: Type.Integer(),
  promisesBroken: Type.Integer(),
  promisesOpen: Type.Integer(),
});
export type ConversationEffort = Static<typeof ConversationEffort>;

export const TeamEffort = Type.Object({
  teamId: Nullable(Type.String()),
  conversations: Type.Integer(),
  issues: Type.Integer({ description: 'conversations that were not a repeat of an earlier one' }),
  contactsPerIssue: Type.Number(),
  repeatRate: Type.Number(),
  transfersPerConversation: Type.Number(),
  reopenRate: Type.Number(),
  resolved: Type.Integer(),
  firstContactResolutionRate: Type.Union([Type.Number(), Type.Null()], { description: 'among resolved' }),
  medianFirstResponseSeconds: Type.Union([Type.Number(), Type.Null()]),
  medianResolutionSeconds: Type.Union([Type.Number(), Type.Null()]),
  promisesKept: Type.Integer(),
  promisesBroken: Type.Integer(),
});
export type TeamEffort = Static<typeof TeamEffort>;

export const EffortQuery = Type.Object(
  { from: Type.Optional(IsoTime), to: Type.Optional(IsoTime) },
  { additionalProperties: false },
);
export const TeamEffortReport = Type.Object({ items: Type.Array(TeamEffort) });

export const CONVERSATION_EVENT_TYPES = [
  'conversation.started',
  'conversation.changed',
  'message.added',
] as const;

/** What the staff inbox hears live (GET /api/v1/conversations/events): ids only, the rest is a GET away. */
export const ConversationEvent = Type.Object({
  type: literals(CONVERSATION_EVENT_TYPES),
  conversationId: Type.String(),
  status: ConversationStatusSchema,
  teamId: Nullable(Type.String()),
  ownerId: Nullable(Type.String()),
  messageId: Type.Optional(Type.String()),
  internal: Type.Optional(Type.Boolean({ description: 'the message is an internal note' })),
  at: Type.String(),
});
export type ConversationEvent = Static<typeof ConversationEvent>;

export const MENTION_EVENT_TYPES = ['mention.added', 'mention.seen'] as const;

/**
 * Live events for one person only, on their own staff streams: a note mentions them
 * (`mention.added`), or they saw mentions, perhaps on another screen (`mention.seen`; without a
 * conversation: all of them).
 */
export const MentionEvent = Type.Object({
  type: literals(MENTION_EVENT_TYPES),
  userId: Type.String({ description: 'the person mentioned: only their own streams carry the event' }),
  conversationId: Type.Optional(Type.String()),
  messageId: Type.Optional(Type.String({ description: 'the note that mentions them' })),
  at: Type.String(),
});
export type MentionEvent = Static<typeof MentionEvent>;

/** Everything the live streams are fed from. */
export type LiveEvent = ConversationEvent | MentionEvent;

export const isMentionEvent = (event: LiveEvent): event is MentionEvent =>
  (MENTION_EVENT_TYPES as readonly string[]).includes(event.type);

/** What a customer's own stream tells: their conversation changed or has a new message for them. */
export type CustomerConversationEvent = Pick<
  ConversationEvent,
  'type' | 'conversationId' | 'status' | 'messageId' | 'at'
>;
