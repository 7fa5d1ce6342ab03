import type { ConversationDetail, CustomerConversationView, Handoff } from '@klantstem/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect, signedInCookie, startTestApp } from '../../test/app.js';
import { detail, organisation, start, type Staff } from '../../test/organisation.js';
import { manualClock } from '../../platform/clock.js';

const OPNAME = 'Wanneer komt de opname bij mij thuis?';
const BETALING = 'Wanneer wordt mijn schadevergoeding overgemaakt?';

describeEachDialect('conversations API', (t) => {
  let staff: Staff;
  beforeAll(async () => {
    staff = await organisation(t);
  });

  const post = (url: string, payload: object) => t.request({ method: 'POST', url, as: 'agent', payload });
  const asCustomer = (token: string, method: 'GET' | 'POST', id: string, payload?: object) =>
    t.request({
      method,
      url: `/api/v1/customer/conversations/${id}${method === 'POST' ? '/messages' : ''}`,
      headers: { 'x-conversation-token': token },
      ...(payload && { payload }),
    });

  it('routes the first message to the team for its intent and keeps it as one of the customer’s signals', async () => {
    const { conversation } = await start(t, { customer: 'Els@Example.nl', message: OPNAME });
    expect(conversation).toMatchObject({
      status: 'open',
      teamId: 'schade',
      subject: OPNAME,
      route: { intent: 'opname', triage: false },
      messages: [{ authorKind: 'customer', body: OPNAME, internal: false }],
    });
    expect(conversation.route.confidence).toBeGreaterThan(0);
    expect([staff.anna, staff.bram]).toContain(conversation.ownerId);
    const signals = await t.request({
      method: 'GET',
      url: `/api/v1/signals?customer=${conversation.customerId}`,
      as: 'agent',
    });
    expect(signals.json<{ items: { text: string; customerId: string }[] }>().items).toMatchObject([
      { text: OPNAME, customerId: conversation.customerId },
    ]);
  });

  it('prefers the team with authority for a payment question', async () => {
    const { conversation } = await start(t, { message: BETALING });
    expect(conversation).toMatchObject({ teamId: 'vergoedingen', ownerId: staff.vera });
  });

  it('gives each new conversation to the team member with the fewest open ones', async () => {
    const owners: (string | null)[] = [];
    for (let i = 0; i < 4; i += 1) owners.push((await start(t, { message: OPNAME })).conversation.ownerId);
    const open = async (user: string) =>
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/conversations?team=schade&owner=${user}&limit=500`,
          as: 'agent',
        })
      ).json<{ items: unknown[] }>().items.length;
    // Five schade conversations so far: 3 and 2, never 5 and 0.
    expect(Math.abs((await open(staff.anna)) - (await open(staff.bram)))).toBe(1);
    expect(new Set(owners)).toEqual(new Set([staff.anna, staff.bram]));
  });

  it('sends a question the model is unsure of to triage, without a team or owner', async () => {
    const { conversation } = await start(t, { message: 'xyzzy plover' });
    expect(conversation).toMatchObject({
      teamId: null,
      ownerId: null,
      route: { intent: null, triage: true },
    });
    const triage = await t.request({ method: 'GET', url: '/api/v1/conversations?triage=true', as: 'agent' });
    expect(triage.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([conversation.id]);
    // Triaged with its conversation, not a second time in the queue of loose questions.
    const loose = await t.request({ method: 'GET', url: '/api/v1/intents/triage', as: 'agent' });
    expect(loose.json()).toEqual({ items: [] });
  });

  it('sends a conversation from triage to the team for the intent a person picks, and learns from it', async () => {
    const { conversation } = await start(t, { message: 'qwerty asdf' });
    expect(conversation.route.triage).toBe(true);
    const url = `/api/v1/conversations/${conversation.id}/triage`;
    const unknown = await post(url, { intent: 'bestaat_niet' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(
      'intent',
    );

    const decided = await post(url, { intent: 'opname' });
    expect(decided.statusCode).toBe(200);
    expect(decided.json<ConversationDetail>()).toMatchObject({
      teamId: 'schade',
      route: { intent: 'opname', triage: false },
    });
    expect([staff.anna, staff.bram]).toContain(decided.json<ConversationDetail>().ownerId);
    const label = await t.ctx.database.db
      .selectFrom('labels')
      .select(['text', 'label'])
      .where('source', '=', 'triage')
      .execute();
    expect(label).toEqual([{ text: 'qwerty asdf', label: 'opname' }]);
    expect((await post(url, { intent: 'betaling' })).statusCode).toBe(409);
  });

  it('lets the first of two people deciding a triage at once win, and learns only that decision', async () => {
    const { conversation } = await start(t, { message: 'zxcv hjkl' });
    const url = `/api/v1/conversations/${conversation.id}/triage`;
    const answers = await Promise.all([post(url, { intent: 'opname' }), post(url, { intent: 'betaling' })]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.statusCode === 200)!.json<ConversationDetail>();
    const labels = await t.ctx.database.db
      .selectFrom('labels')
      .select('label')
      .where('source', '=', 'triage')
      .where('text', '=', 'zxcv hjkl')
      .execute();
    expect(labels).toEqual([{ label: winner.route.intent }]);
  });

  it('moves the status with the turn: reply, customer answer, resolve, and a reopening', async () => {
    const { conversation, customerToken } = await start(t, { message: OPNAME });
    const replied = await post(`/api/v1/conversations/${conversation.id}/messages`, {
      kind: 'reply',
      body: 'De opname is op donderdag.',
    });
    expect(replied.statusCode).toBe(201);
    expect(replied.json<ConversationDetail>()).toMatchObject({ status: 'waiting_on_customer' });
    expect(replied.json<ConversationDetail>().firstResponseAt).not.toBeNull();

    const answered = await asCustomer(customerToken, 'POST', conversation.id, {
      body: 'Dank u, donderdag past.',
    });
    expect(answered.statusCode).toBe(201);
    expect((await detail(t, conversation.id)).status).toBe('waiting_on_us');

    const resolved = await post(`/api/v1/conversations/${conversation.id}/status`, { status: 'resolved' });
    expect(resolved.json<ConversationDetail>()).toMatchObject({ status: 'resolved', reopenCount: 0 });
    expect(resolved.json<ConversationDetail>().resolvedAt).not.toBeNull();

    // Several messages at once reopen it once.
    const burst = await Promise.all(
      ['Toch nog een vraag.', 'Over de opname.', 'Kan het eerder?'].map((body) =>
        asCustomer(customerToken, 'POST', conversation.id, { body }),
      ),
    );
    expect(burst.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const after = await detail(t, conversation.id);
    expect(after).toMatchObject({ status: 'waiting_on_us', reopenCount: 1, resolvedAt: null });
    expect(after.messages).toHaveLength(6);
  });

  it('keeps internal notes with mentions from the customer, and refuses mentions in a reply', async () => {
    const { conversation, customerToken } = await start(t, { message: OPNAME });
    const note = await post(`/api/v1/conversations/${conversation.id}/messages`, {
      kind: 'note',
      body: '@Vera weet jij of er ook een vergoeding loopt?',
      mentions: [staff.vera],
    });
    expect(note.statusCode).toBe(201);
    expect(note.json<ConversationDetail>().messages[1]).toMatchObject({
      internal: true,
      mentions: [staff.vera],
    });
    expect(note.json<ConversationDetail>().status).toBe('open');
    const asked = await t.request({
      method: 'GET',
      url: `/api/v1/conversations?mentioned=${staff.vera}`,
      as: 'agent',
    });
    expect(asked.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([conversation.id]);
    const seen = (await asCustomer(customerToken, 'GET', conversation.id)).json<CustomerConversationView>();
    expect(seen.messages.map((m) => m.body)).toEqual([OPNAME]);

    for (const [payload, message] of [
      [{ kind: 'reply', body: 'Hallo', mentions: [staff.vera] }, 'internal note'],
      [{ kind: 'note', body: 'Hallo', mentions: ['u_niemand'] }, 'u_niemand'],
    ] as const) {
      const res = await post(`/api/v1/conversations/${conversation.id}/messages`, payload);
      expect(res.statusCode).toBe(400);
      expect(
        res.json<{ error: { details: { field: string; message: string }[] } }>().error.details[0],
      ).toMatchObject({
        field: 'mentions',
        message: expect.stringContaining(message),
      });
    }
    expect((await detail(t, conversation.id)).messages).toHaveLength(2);
  });

  it('refuses a transfer without a handoff note, and shows the receiver the note, the story and the promises', async () => {
    const { conversation } = await start(t, { customer: 'piet@example.nl', message: OPNAME });
    await post(`/api/v1/conversations/${conversation.id}/messages`, {
      kind: 'customer',
      body: 'En mijn schadevergoeding is ook nog niet betaald.',
    });
    await post(`/api/v1/conversations/${conversation.id}/promises`, {
      text: 'We bellen u donderdag terug over de betaling',
      dueAt: '2099-01-01T12:00:00+01:00',
    });
    for (const payload of [{ toTeam: 'vergoedingen' }, { toTeam: 'vergoedingen', note: '   ' }]) {
      const res = await post(`/api/v1/conversations/${conversation.id}/transfer`, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('note');
    }
    expect((await detail(t, conversation.id)).teamId).toBe('schade');

    const res = await post(`/api/v1/conversations/${conversation.id}/transfer`, {
      toTeam: 'vergoedingen',
      note: 'Opname is gepland; klant vraagt ook naar de betaling van de vergoeding.',
    });
    expect(res.statusCode).toBe(200);
    const handoff = res.json<Handoff>();
    expect(handoff).toMatchObject({
      transfer: {
        fromTeamId: 'schade',
        toTeamId: 'vergoedingen',
        fromUserId: conversation.ownerId,
        toUserId: staff.vera,
        note: 'Opname is gepland; klant vraagt ook naar de betaling van de vergoeding.',
      },
      customerMessages: 2,
      route: { intent: 'opname' },
      openPromises: [
        { text: 'We bellen u donderdag terug over de betaling', dueAt: '2099-01-01T11:00:00.000Z' },
      ],
    });
    expect(handoff.customerSaid.map((m) => m.body)).toEqual([
      OPNAME,
      'En mijn schadevergoeding is ook nog niet betaald.',
    ]);
    const after = await detail(t, conversation.id);
    expect(after).toMatchObject({ teamId: 'vergoedingen', ownerId: staff.vera, handoff });
    expect(after.transfers).toHaveLength(1);
  });

  it.each([
    [{ toTeam: 'bestaat-niet', note: 'x' }, 'toTeam'],
    [{ toUser: 'u_niemand', note: 'x' }, 'toUser'],
    [{ note: 'ergens heen' }, 'toTeam'],
  ])('refuses the transfer %j naming the field', async (payload, field) => {
    const { conversation } = await start(t, { message: OPNAME });
    const res = await post(`/api/v1/conversations/${conversation.id}/transfer`, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(field);
  });

  it('refuses a person who is not in the team the conversation goes to', async () => {
    const { conversation } = await start(t, { message: OPNAME });
    const res = await post(`/api/v1/conversations/${conversation.id}/transfer`, {
      toTeam: 'vergoedingen',
      toUser: staff.karel,
      note: 'graag overnemen',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('not a member of team vergoedingen');
  });

  it('reports an open promise past its due time as broken, and settles a promise once', async () => {
    const clock = manualClock(new Date('2026-03-02T09:00:00Z'));
    const timed = await startTestApp(t.ctx.database, { clock });
    try {
      const { conversation } = await start(timed, { message: OPNAME });
      const made = await timed.request({
        method: 'POST',
        url: `/api/v1/conversations/${conversation.id}/promises`,
        as: 'agent',
        payload: { text: 'We bellen u vandaag terug', dueAt: '2026-03-02T17:00:00Z' },
      });
      expect(made.statusCode).toBe(201);
      const [promise] = made.json<ConversationDetail>().promises;
      expect(promise).toMatchObject({ status: 'open', settledAt: null });
      clock.advance(9 * 3600 * 1000);
      expect((await detail(timed, conversation.id)).promises[0]!.status).toBe('broken');

      const second = (
        await timed.request({
          method: 'POST',
          url: `/api/v1/conversations/${conversation.id}/promises`,
          as: 'agent',
          payload: { text: 'We sturen de brief', dueAt: '2026-03-09T17:00:00Z' },
        })
      ).json<ConversationDetail>().promises[1]!;
      const settle = (status: string) =>
        timed.request({
          method: 'POST',
          url: `/api/v1/conversations/${conversation.id}/promises/${second.id}`,
          as: 'agent',
          payload: { status },
        });
      expect((await settle('kept')).json<ConversationDetail>().promises[1]).toMatchObject({ status: 'kept' });
      expect((await settle('broken')).statusCode).toBe(409);
      expect((await detail(timed, conversation.id)).promises[1]!.status).toBe('kept');
    } finally {
      await timed.close();
    }
  });

  it('lets a customer token open its own conversation only', async () => {
    const mine = await start(t, { customer: 'a@example.nl', message: OPNAME });
    const theirs = await start(t, {
      customer: 'b@example.nl',
      message: 'Mijn geheime vraag over de betaling',
    });
    const own = await asCustomer(mine.customerToken, 'GET', mine.conversation.id);
    expect(own.statusCode).toBe(200);
    expect(own.json<CustomerConversationView>().messages).toEqual([
      expect.objectContaining({ from: 'you', body: OPNAME }),
    ]);

    const other = await asCustomer(mine.customerToken, 'GET', theirs.conversation.id);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('geheime');
    const write = await asCustomer(mine.customerToken, 'POST', theirs.conversation.id, {
      body: 'ingebroken',
    });
    expect(write.statusCode).toBe(404);
    expect((await detail(t, theirs.conversation.id)).messages).toHaveLength(1);

    const none = await t.request({
      method: 'GET',
      url: `/api/v1/customer/conversations/${mine.conversation.id}`,
    });
    expect(none.statusCode).toBe(401);
    const staffToken = await t.request({
      method: 'GET',
      url: `/api/v1/customer/conversations/${mine.conversation.id}`,
      headers: { 'x-conversation-token': await t.tokenFor('admin') },
    });
    expect(staffToken.statusCode).toBe(404);
    // A customer token is no staff credential.
    const inbox = await t.request({
      method: 'GET',
      url: '/api/v1/conversations',
      headers: { authorization: `Bearer ${mine.customerToken}` },
    });
    expect(inbox.statusCode).toBe(401);
  });

  it('lets a visitor start a chat that only their token opens, showing them nothing of our routing', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/customer/conversations',
      payload: { message: OPNAME },
    });
    expect(res.statusCode).toBe(201);
    const { conversation, customerToken } = res.json<{
      conversation: CustomerConversationView & Record<string, unknown>;
      customerToken: string;
    }>();
    expect(conversation).toMatchObject({ status: 'open', messages: [{ from: 'you', body: OPNAME }] });
    expect(conversation).not.toHaveProperty('teamId');
    expect((await detail(t, conversation.id)).teamId).toBe('schade');
    expect((await asCustomer(customerToken, 'GET', conversation.id)).statusCode).toBe(200);

    const claimed = await t.request({
      method: 'POST',
      url: '/api/v1/customer/conversations',
      payload: { message: OPNAME, customer: 'els@example.nl' },
    });
    expect(claimed.statusCode).toBe(400);
    expect(claimed.body).toContain('unknown field');
  });

  it('limits how often one address may knock as a customer', async () => {
    const strict = await startTestApp(t.ctx.database, { config: { customerRequestsPerMinute: 2 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1)
        statuses.push(
          (
            await strict.request({
              method: 'POST',
              url: '/api/v1/customer/conversations',
              payload: { message: OPNAME },
            })
          ).statusCode,
        );
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await strict.close();
    }
  });

  it('stores HTML and script as text, and refuses an oversized message without touching the conversation', async () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> '; DROP TABLE conversations; --`;
    const { conversation, customerToken } = await start(t, { message: hostile });
    expect(conversation.messages[0]!.body).toBe(hostile);
    const huge = 'a'.repeat(20_001);
    for (const res of [
      await post('/api/v1/conversations', { channel: 'chat', message: huge }),
      await post(`/api/v1/conversations/${conversation.id}/messages`, { kind: 'reply', body: huge }),
      await asCustomer(customerToken, 'POST', conversation.id, { body: huge }),
    ]) {
      expect(res.statusCode).toBe(400);
      const problem = res.json<{ error: { code: string; details: { field: string; message: string }[] } }>()
        .error;
      expect(problem.code).toBe('validation_failed');
      expect(problem.details[0]!.message).toContain('longer than 20000 characters');
    }
    expect((await detail(t, conversation.id)).messages).toHaveLength(1);
  });

  it.each([
    [{ channel: 'pigeon', message: 'hallo' }, 'channel'],
    [{ channel: 'chat', message: '  ' }, 'message'],
    [{ channel: 'chat' }, 'message'],
    [{ channel: 'chat', message: 'hallo', extra: 1 }, 'extra'],
  ])('refuses to start %j', async (payload, field) => {
    const res = await post('/api/v1/conversations', payload);
    expect(res.statusCode).toBe(400);
    expect(
      res.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field),
    ).toContain(field);
  });

  it('counts a new conversation on the same intent within 7 days as a repeat contact', async () => {
    const first = await start(t, { customer: 'herhaal@example.nl', message: OPNAME });
    const again = await start(t, {
      customer: 'herhaal@example.nl',
      message: 'Ik wacht al maanden op de inspectie',
    });
    const other = await start(t, { customer: 'herhaal@example.nl', message: BETALING });
    const effort = async (id: string) =>
      (await t.request({ method: 'GET', url: `/api/v1/conversations/${id}/effort`, as: 'agent' })).json<{
        contactNumber: number;
        repeatOf: string | null;
      }>();
    expect(await effort(first.conversation.id)).toMatchObject({ contactNumber: 1, repeatOf: null });
    expect(await effort(again.conversation.id)).toMatchObject({
      contactNumber: 2,
      repeatOf: first.conversation.id,
    });
    expect(await effort(other.conversation.id)).toMatchObject({ contactNumber: 1, repeatOf: null });
  });

  it('records a phone call or counter visit with what staff answered, resolved at once when it was solved', async () => {
    const me = await signedInCookie(t, 'agent');
    const as = { cookie: me.cookie };
    const myId = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as })).json<{
      id: string;
    }>().id;
    const record = (payload: object, headers: Record<string, string> = as) =>
      t.app.inject({ method: 'POST', url: '/api/v1/conversations', headers, payload });

    const solved = await record({
      channel: 'phone',
      customer: '06-55501234',
      message: OPNAME,
      answer: 'De opname is donderdag om 10 uur.',
      resolved: true,
    });
    expect(solved.statusCode, solved.body).toBe(201);
    const call = solved.json<{ conversation: ConversationDetail }>().conversation;
    expect(call).toMatchObject({
      status: 'resolved',
      ownerId: myId,
      teamId: 'schade',
      messages: [
        { authorKind: 'customer', authorId: myId, body: OPNAME },
        { authorKind: 'staff', authorId: myId, body: 'De opname is donderdag om 10 uur.', internal: false },
      ],
    });
    expect(call.firstResponseAt).not.toBeNull();
    expect(call.resolvedAt).not.toBeNull();
    const effort = await t.request({
      method: 'GET',
      url: `/api/v1/conversations/${call.id}/effort`,
      as: 'agent',
    });
    expect(effort.json()).toMatchObject({ firstContactResolution: true });

    // Not solved at the counter: the answer is kept and the question goes to the team that can.
    const visit = await record({ channel: 'counter', message: BETALING, answer: 'Ik vraag het na.' });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json<{ conversation: ConversationDetail }>().conversation).toMatchObject({
      status: 'open',
      teamId: 'vergoedingen',
      ownerId: staff.vera,
    });

    // Only a staff member recording a call or visit answers in the same breath.
    const chat = await record({ channel: 'chat', message: OPNAME, resolved: true });
    expect(chat.statusCode).toBe(400);
    expect(chat.json()).toMatchObject({ error: { details: [{ field: 'resolved' }] } });
    const integration = await t.request({
      method: 'POST',
      url: '/api/v1/conversations',
      as: 'agent',
      payload: { channel: 'phone', message: OPNAME, answer: 'Donderdag.' },
    });
    expect(integration.statusCode).toBe(400);
    expect(integration.json()).toMatchObject({ error: { details: [{ field: 'answer' }] } });
  });

  it('pages through the inbox latest first, with filters for status, team and my own', async () => {
    const me = await signedInCookie(t, 'agent');
    const myId = (
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: me.cookie } })
    ).json<{ id: string }>().id;
    const { conversation } = await start(t, { message: OPNAME });
    await post(`/api/v1/conversations/${conversation.id}/transfer`, { toUser: myId, note: 'voor jou' });
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/conversations?mine=true',
      headers: { cookie: me.cookie },
    });
    expect(mine.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([conversation.id]);
    const tokenMine = await t.request({ method: 'GET', url: '/api/v1/conversations?mine=true', as: 'agent' });
    expect(tokenMine.statusCode).toBe(400);

    const seen: { id: string; updatedAt: string; status: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = (
        await t.request({
          method: 'GET',
          url: `/api/v1/conversations?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          as: 'analyst',
        })
      ).json<{ items: { id: string; updatedAt: string; status: string }[]; nextCursor?: string }>();
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(15);
    const keys = seen.map((c) => `${c.updatedAt} ${c.id}`);
    expect([...keys].sort().reverse()).toEqual(keys);
    const resolved = (
      await t.request({ method: 'GET', url: '/api/v1/conversations?status=resolved&limit=500', as: 'agent' })
    ).json<{ items: { status: string }[] }>().items;
    expect(resolved.length).toBe(seen.filter((c) => c.status === 'resolved').length);
    const bad = await t.request({ method: 'GET', url: '/api/v1/conversations?status=busy', as: 'agent' });
    expect(bad.statusCode).toBe(400);
  });

  it('lets analysts read but not write, and strangers neither', async () => {
    const { conversation } = await start(t, { message: OPNAME });
    const write = await t.request({
      method: 'POST',
      url: `/api/v1/conversations/${conversation.id}/messages`,
      as: 'analyst',
      payload: { kind: 'reply', body: 'hallo' },
    });
    expect(write.statusCode).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/conversations/${conversation.id}` })).statusCode,
    ).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/conversations/c_onbekend', as: 'agent' })).statusCode,
    ).toBe(404);
  });

  it("shows the customer's one timeline: conversations and other signals, newest first, merged customers included", async () => {
    await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: {
        signals: [
          {
            customer: 'tijd@example.nl',
            channel: 'search',
            text: 'opname verzetten',
            at: '2026-01-05T10:00:00Z',
          },
          {
            customer: 'tijd@example.nl',
            channel: 'form',
            text: 'Scheur in de gevel',
            at: '2026-02-01T10:00:00Z',
          },
          {
            customer: 'oud@example.nl',
            channel: 'survey',
            text: 'Goed geholpen',
            at: '2026-02-02T10:00:00Z',
          },
        ],
      },
    });
    const first = await start(t, { customer: 'tijd@example.nl', message: OPNAME });
    await post(`/api/v1/conversations/${first.conversation.id}/messages`, {
      kind: 'customer',
      body: 'Nog iets.',
    });
    const merged = await start(t, { customer: 'oud@example.nl', message: BETALING });
    const into = first.conversation.customerId!;
    const merge = await post(`/api/v1/customers/${into}/merge`, { from: merged.conversation.customerId });
    expect(merge.statusCode).toBe(200);

    const items: { kind: string; at: string; conversation?: { id: string }; signal?: { text: string } }[] =
      [];
    let cursor: string | undefined;
    do {
      const page = (
        await t.request({
          method: 'GET',
          url: `/api/v1/customers/${into}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          as: 'analyst',
        })
      ).json<{ items: typeof items; nextCursor?: string }>();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(items.map((i) => i.conversation?.id ?? i.signal?.text)).toEqual([
      merged.conversation.id,
      first.conversation.id,
      'Goed geholpen',
      'Scheur in de gevel',
      'opname verzetten',
    ]);
  });

  it('names a contact person, shown to staff and (by name only) to the customer', async () => {
    const { conversation, customerToken } = await start(t, {
      customer: 'contact@example.nl',
      message: OPNAME,
    });
    // Before they have one, the customer sees who has their question (by name only), and who after a transfer.
    const before = (await asCustomer(customerToken, 'GET', conversation.id)).json<CustomerConversationView>();
    expect(before.contactPerson).toBeNull();
    expect(before.handledBy).toEqual({ name: conversation.ownerId === staff.anna ? 'Anna' : 'Bram' });
    await post(`/api/v1/conversations/${conversation.id}/transfer`, { toUser: staff.vera, note: 'betaling' });
    expect((await asCustomer(customerToken, 'GET', conversation.id)).json()).toMatchObject({
      handledBy: { name: 'Vera' },
    });
    const url = `/api/v1/customers/${conversation.customerId}/contact-person`;
    const set = await t.request({
      method: 'PUT',
      url,
      as: 'agent',
      payload: { contactPersonId: staff.anna },
    });
    expect(set.json()).toEqual({ contactPerson: { id: staff.anna, name: 'Anna' } });
    expect((await t.request({ method: 'GET', url, as: 'analyst' })).json()).toEqual(set.json());
    expect((await detail(t, conversation.id)).contactPerson).toEqual({ id: staff.anna, name: 'Anna' });
    const seen = (await asCustomer(customerToken, 'GET', conversation.id)).json<CustomerConversationView>();
    expect(seen.contactPerson).toEqual({ name: 'Anna' });
    // Their contact person takes what reaches her team, whatever her load; other teams as usual.
    for (let i = 0; i < 3; i += 1) {
      const next = await start(t, { customer: 'contact@example.nl', message: OPNAME });
      expect(next.conversation.ownerId).toBe(staff.anna);
    }
    const payment = await start(t, { customer: 'contact@example.nl', message: BETALING });
    expect(payment.conversation.ownerId).toBe(staff.vera);
    // What the model cannot place reaches her directly instead of waiting in triage.
    const unclear = await start(t, { customer: 'contact@example.nl', message: 'qwerty asdf' });
    expect(unclear.conversation).toMatchObject({
      ownerId: staff.anna,
      teamId: 'schade',
      route: { intent: null, triage: false },
    });

    const unknown = await t.request({
      method: 'PUT',
      url,
      as: 'agent',
      payload: { contactPersonId: 'u_niemand' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(
      'contactPersonId',
    );
    expect((await t.request({ method: 'GET', url, as: 'agent' })).json()).toEqual(set.json());
    const cleared = await t.request({ method: 'PUT', url, as: 'agent', payload: { contactPersonId: null } });
    expect(cleared.json()).toEqual({ contactPerson: null });
  });
});
