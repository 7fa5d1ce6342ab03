import {
  ConversationDetail,
  ConversationEffort,
  ConversationStart,
  ConversationStarted,
  CustomerConversationView,
  CustomerMessageInput,
  EffortQuery,
  Handoff,
  IdParams,
  InboxPage,
  InboxQuery,
  MentionPage,
  MentionQuery,
  MentionsSeen,
  MentionsSeenInput,
  MessageInput,
  PromiseInput,
  ReplyEmailInput,
  PromiseOutcome,
  PromiseParams,
  StatusInput,
  TeamEffortReport,
  TimelinePage,
  TimelineQuery,
  TransferInput,
  TriageDecision,
  VisitorConversationStart,
  VisitorConversationStarted,
} from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { AGENTS, STAFF, SYSTEM_ACTOR } from '../auth/actor.js';
import { customerTimeline } from './timeline.js';
import { conversationEffort, teamEffort } from './effort.js';
import { customerAccess, customerOnlyHook, customerView } from './customer-access.js';
import { transferConversation } from './transfer.js';
import { addCustomerMessage, addStaffMessage, changeStatus } from './messages.js';
import { myMentions, seeMentions } from './mentions.js';
import { makePromise, settle } from './promises.js';
import { setReplyEmail } from './reply-email.js';
import { conversationDetail, inbox } from './service.js';
import { startConversation, triageConversation } from './start.js';

type Id = Static<typeof IdParams>;

export function conversationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.database.db;
  const now = () => ctx.clock.now().toISOString();

  app.post(
    '/api/v1/conversations',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary:
          "Start a conversation with the customer's first message: routed by intent to a team (or triage) and a person",
        body: ConversationStart,
        response: { 201: ConversationStarted },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await startConversation(ctx, request.actor!, request.body as Static<typeof ConversationStart>)),
  );

  app.get(
    '/api/v1/conversations',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary: 'The inbox: latest activity first, filtered by status, team, owner, mine or triage',
        querystring: InboxQuery,
        response: { 200: InboxPage },
      },
    },
    async (request) => inbox(ctx, request.actor!, request.query as Static<typeof InboxQuery>),
  );

  app.get(
    '/api/v1/conversations/:id',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary: 'One conversation: messages, transfers (the latest as a handoff), promises, contact person',
        params: IdParams,
        response: { 200: ConversationDetail },
      },
    },
    async (request) => conversationDetail(db, (request.params as Id).id, now()),
  );

  app.post(
    '/api/v1/conversations/:id/messages',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary: 'Add a reply, an internal note (with mentions) or words the customer said (phone, counter)',
        params: IdParams,
        body: MessageInput,
        response: { 201: ConversationDetail },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addStaffMessage(
            ctx,
            request.actor!,
            (request.params as Id).id,
            request.body as Static<typeof MessageInput>,
          ),
        ),
  );

  app.post(
    '/api/v1/conversations/:id/status',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary: 'Change the status; leaving resolved counts as a reopening',
        params: IdParams,
        body: StatusInput,
        response: { 200: ConversationDetail },
      },
    },
    async (request) =>
      changeStatus(
        ctx,
        request.actor!,
        (request.params as Id).id,
        (request.body as Static<typeof StatusInput>).status,
      ),
  );

  app.post(
    '/api/v1/conversations/:id/triage',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary:
          'Send a conversation in triage to the team for the intent a person picks (also a training label)',
        params: IdParams,
        body: TriageDecision,
        response: { 200: ConversationDetail },
      },
    },
    async (request) =>
      triageConversation(
        ctx,
        request.actor!,
        (request.params as Id).id,
        (request.body as Static<typeof TriageDecision>).intent,
      ),
  );

  app.post(
    '/api/v1/conversations/:id/transfer',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary:
          'Hand over to a team and/or person with a note; answers what the receiver sees first (the handoff)',
        params: IdParams,
        body: TransferInput,
        response: { 200: Handoff },
      },
    },
    async (request) =>
      transferConversation(
        ctx,
        request.actor!,
        (request.params as Id).id,
        request.body as Static<typeof TransferInput>,
      ),
  );

  app.post(
    '/api/v1/conversations/:id/promises',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary: 'Record a promise made to the customer, with its due time',
        params: IdParams,
        body: PromiseInput,
        response: { 201: ConversationDetail },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await makePromise(
            ctx,
            request.actor!,
            (request.params as Id).id,
            request.body as Static<typeof PromiseInput>,
          ),
        ),
  );

  app.post(
    '/api/v1/conversations/:id/promises/:promiseId',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary: 'Record a promise as kept or broken (once)',
        params: PromiseParams,
        body: PromiseOutcome,
        response: { 200: ConversationDetail },
      },
    },
    async (request) => {
      const { id, promiseId } = request.params as Static<typeof PromiseParams>;
      return settle(
        ctx,
        request.actor!,
        id,
        promiseId,
        (request.body as Static<typeof PromiseOutcome>).status,
      );
    },
  );

  app.get(
    '/api/v1/conversations/effort',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary:
          'Customer effort per team for conversations started in the period: contacts per issue, transfers, reopenings, first-contact resolution, response and resolution times, promises',
        querystring: EffortQuery,
        response: { 200: TeamEffortReport },
      },
    },
    async (request) => ({
      items: await teamEffort(db, now(), request.query as Static<typeof EffortQuery>),
    }),
  );

  app.get(
    '/api/v1/conversations/:id/effort',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary: 'Customer effort of one conversation',
        params: IdParams,
        response: { 200: ConversationEffort },
      },
    },
    async (request) => conversationEffort(db, (request.params as Id).id, now()),
  );

  app.get(
    '/api/v1/me/mentions',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary:
          'The notes that mention the signed-in person, newest first (unread=true: those not seen yet), with how many wait',
        querystring: MentionQuery,
        response: { 200: MentionPage },
      },
    },
    async (request) => myMentions(ctx, request.actor!, request.query as Static<typeof MentionQuery>),
  );

  app.post(
    '/api/v1/me/mentions/seen',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary:
          'Mark the signed-in person’s mentions as seen: those in one conversation (conversationId) or all (all: true)',
        body: MentionsSeenInput,
        response: { 200: MentionsSeen },
      },
    },
    async (request) => seeMentions(ctx, request.actor!, request.body as Static<typeof MentionsSeenInput>),
  );

  app.get(
    '/api/v1/customers/:id/timeline',
    {
      config: { access: STAFF },
      schema: {
        tags: ['customers'],
        summary: "The customer's one timeline: conversations and other signals, newest first",
        params: IdParams,
        querystring: TimelineQuery,
        response: { 200: TimelinePage },
      },
    },
    async (request) =>
      customerTimeline(db, (request.params as Id).id, request.query as Static<typeof TimelineQuery>),
  );

  const customerOnly = customerOnlyHook(db);

  app.post(
    '/api/v1/customer/conversations',
    {
      config: customerAccess(ctx.config),
      schema: {
        tags: ['customer'],
        summary: 'A visitor starts a chat in their own words; answers the token that opens it',
        security: [],
        body: VisitorConversationStart,
        response: { 201: VisitorConversationStarted },
      },
    },
    async (request, reply) => {
      const { message, subject } = request.body as Static<typeof VisitorConversationStart>;
      const started = await startConversation(ctx, SYSTEM_ACTOR, {
        channel: 'chat',
        message,
        ...(subject !== undefined && { subject }),
      });
      return reply.status(201).send({
        conversation: await customerView(ctx, started.conversation.id),
        customerToken: started.customerToken,
      });
    },
  );

  app.get(
    '/api/v1/customer/conversations/:id',
    {
      config: customerAccess(ctx.config),
      preValidation: customerOnly,
      schema: {
        tags: ['customer'],
        summary: "The customer's own conversation (token in the X-Conversation-Token header)",
        security: [],
        params: IdParams,
        response: { 200: CustomerConversationView },
      },
    },
    async (request) => customerView(ctx, (request.params as Id).id),
  );

  app.post(
    '/api/v1/customer/conversations/:id/messages',
    {
      config: customerAccess(ctx.config),
      preValidation: customerOnly,
      schema: {
        tags: ['customer'],
        summary: 'The customer writes in their own conversation',
        security: [],
        params: IdParams,
        body: CustomerMessageInput,
        response: { 201: CustomerConversationView },
      },
    },
    async (request, reply) => {
      const { id } = request.params as Id;
      await addCustomerMessage(ctx, id, (request.body as Static<typeof CustomerMessageInput>).body, null);
      return reply.status(201).send(await customerView(ctx, id));
    },
  );

  app.post(
    '/api/v1/customer/conversations/:id/email',
    {
      config: customerAccess(ctx.config),
      preValidation: customerOnly,
      schema: {
        tags: ['customer'],
        summary:
          'The customer asks for our replies by email too, at this address (answering that mail continues the conversation)',
        description:
          'Only what staff write goes to the address, never customer text. 409 when this service sends no mail. The address is not shown back.',
        security: [],
        params: IdParams,
        body: ReplyEmailInput,
        response: { 200: CustomerConversationView },
      },
    },
    async (request) => {
      const { id } = request.params as Id;
      await setReplyEmail(ctx, id, (request.body as Static<typeof ReplyEmailInput>).email);
      return customerView(ctx, id);
    },
  );
}
