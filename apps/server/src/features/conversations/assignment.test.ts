import { beforeAll, expect, it } from 'vitest';
import { CLI_ACTOR } from '../auth/actor.js';
import { saveTeam } from '../teams/service.js';
import { createUser } from '../users/service.js';
import { describeEachDialect } from '../../test/app.js';
import { organisation, start, type Staff } from '../../test/organisation.js';

const OPNAME = 'Wanneer komt de opname bij mij thuis?';
const BETALING = 'Wanneer wordt mijn schadevergoeding overgemaakt?';

describeEachDialect('who takes a conversation when many start at once', (t) => {
  let members: string[];
  beforeAll(async () => {
    const staff: Staff = await organisation(t);
    // Team Schade gets two more people: four members, none with a conversation yet.
    const more = [];
    for (const name of ['dirk', 'eva'])
      more.push(
        await createUser(t.ctx, CLI_ACTOR, {
          email: `${name}@example.test`,
          name,
          role: 'agent',
          password: 'een veilig wachtwoord',
        }),
      );
    members = [staff.anna, staff.bram, ...more.map((u) => u.id)];
    await saveTeam(t.ctx, CLI_ACTOR, { id: 'schade', name: 'Team Schade', members, intents: ['opname'] });
  });

  const openLoad = async () => {
    const rows = await t.ctx.database.db
      .selectFrom('conversations')
      .select(['owner_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('team_id', '=', 'schade')
      .where('status', '<>', 'resolved')
      .groupBy('owner_id')
      .execute();
    return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
  };

  it('spreads conversations started at the same moment evenly over the team', async () => {
    // Each round starts as many conversations at once as the team has members, twice over:
    // without one choice at a time, several read the same loads and pick the same person.
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(Array.from({ length: members.length * 2 }, () => start(t, { message: OPNAME })));
      const load = await openLoad();
      const counts = members.map((m) => load.get(m) ?? 0);
      expect(counts.reduce((a, b) => a + b)).toBe(members.length * 2 * (round + 1));
      expect(Math.max(...counts) - Math.min(...counts), JSON.stringify(counts)).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the balance when triage decisions, transfers and starts come in together', async () => {
    const before = [...(await openLoad()).values()].reduce((a, b) => a + b, 0);
    const waiting = await Promise.all(
      Array.from({ length: members.length }, (_, i) => start(t, { message: `qwerty asdf ${i}` })),
    );
    expect(waiting.every((w) => w.conversation.route.triage)).toBe(true);
    const elsewhere = await Promise.all(
      Array.from({ length: members.length }, () => start(t, { message: BETALING })),
    );
    expect(elsewhere.every((w) => w.conversation.teamId === 'vergoedingen')).toBe(true);
    const [answers] = await Promise.all([
      Promise.all([
        ...elsewhere.map((w) =>
          t.request({
            method: 'POST',
            url: `/api/v1/conversations/${w.conversation.id}/transfer`,
            as: 'agent',
            payload: { toTeam: 'schade', note: 'Gaat over de opname, niet over de betaling.' },
          }),
        ),
        ...waiting.map((w) =>
          t.request({
            method: 'POST',
            url: `/api/v1/conversations/${w.conversation.id}/triage`,
            as: 'agent',
            payload: { intent: 'opname' },
          }),
        ),
      ]),
      Promise.all(Array.from({ length: members.length }, () => start(t, { message: OPNAME }))),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    const load = await openLoad();
    const counts = members.map((m) => load.get(m) ?? 0);
    expect(counts.reduce((a, b) => a + b)).toBe(before + members.length * 3);
    expect(Math.max(...counts) - Math.min(...counts), JSON.stringify(counts)).toBeLessThanOrEqual(1);
  });
});
