import { DAY_MS, PERIOD_END, WEEKDAYS_NL, iso, weekday } from './calendar.js';
import { composeDutch } from './compose.js';
import type { CustomerProfile } from './customers.js';
import { fill, type FillContext } from './fill.js';
import { INTENTS, TEAMS, teamOf } from './organisation.js';
import type { Rng } from './prng.js';
import { dutchLines, textsFor } from './texts.js';

/**
 * The demo's conversations in the last weeks of the demo year: stories a service desk has every
 * week (answered at once, a promise kept, a promise broken, a warm handoff to the team that may
 * decide, waiting on the customer, a customer who comes back about the same thing, a question no
 * one has picked up yet). Staff turns name no one: when loading, whoever owns the conversation then
 * takes them, so routing and assignment are the product's own.
 */
export interface DemoConversation {
  customer: string;
  channel: 'chat' | 'email';
  /** What the customer asks about; a person triages to it when the model would not route. */
  intent: string;
  subject?: string;
  at: string;
  message: string;
  turns: DemoTurn[];
}

export type DemoTurn = { at: string } & (
  | { kind: 'customer' | 'reply'; body: string }
  | { kind: 'promise'; text: string; dueAt: string }
  | { kind: 'settle'; status: 'kept' | 'broken' }
  | { kind: 'transfer'; toTeam: string; note: string }
  | { kind: 'resolve' }
);

const HOUR_MS = 3_600_000;
/** The conversations lie in the five weeks before the end of the demo year. */
const FIRST_DAY = PERIOD_END - 35 * DAY_MS;

/** A first answer per team, in the team's own words, addressed to the customer. */
const REPLIES: Record<string, string[]> = {
  schade: [
    'Goedemiddag {first}, dank u voor uw bericht. Ik heb dossier {dossier} erbij gepakt. [We plannen een opname bij u thuis|Een schade-expert komt bij u langs om de schade te bekijken].',
    'Dag {first}, vervelend dat u hier last van heeft. De opname van uw woning staat [in de planning|voor de komende weken gepland]; u krijgt de datum per brief.',
  ],
  versterking: [
    'Dag {first}, ik heb in uw dossier gekeken. [Het versterkingsadvies voor uw woning is bijna klaar|De aannemer maakt nu de planning voor uw straat].',
    'Goedemorgen {first}, de bouwkundige versterking in {town} loopt. Uw woning zit in de [volgende|tweede] groep.',
  ],
  'tijdelijk-wonen': [
    'Dag {first}, ik begrijp dat dit veel vraagt. [We zoeken een wisselwoning dicht bij {town}|De verhuizer belt u over de datum].',
    'Goedemiddag {first}, de opslag van uw inboedel regelen wij. U hoeft daar zelf niets voor te betalen.',
  ],
  vergoedingen: [
    'Goedemiddag {first}, ik heb uw aanvraag bekeken. [De vergoeding staat klaar voor betaling|We hebben nog een bon of factuur van u nodig].',
    'Dag {first}, de betaling is [goedgekeurd|in behandeling]. U ziet het bedrag binnen tien werkdagen op uw rekening.',
  ],
  'bezwaar-klachten': [
    'Dag {first}, dank u dat u dit laat weten. [Ik heb uw bezwaar ontvangen en neem het in behandeling|Het spijt me dat het zo is gelopen].',
    'Goedemiddag {first}, uw klacht ligt bij mij. Ik zoek uit wat er is misgegaan.',
  ],
  klantcontact: [
    'Dag {first}, [ik heb uw gegevens aangepast|ik heb de afspraak voor u verzet|u kunt nu weer inloggen op Mijn Dossier].',
    'Goedemorgen {first}, dat heb ik voor u geregeld. U krijgt er nog een bevestiging van per e-mail.',
  ],
};

/** Where a question goes when it turns out to need another team, and what that team decides on. */
const HANDOFFS: Record<string, { toTeam: string; about: string }> = {
  schade: { toTeam: 'vergoedingen', about: 'wanneer de schadevergoeding betaald wordt' },
  versterking: { toTeam: 'tijdelijk-wonen', about: 'een wisselwoning tijdens de versterking' },
  'tijdelijk-wonen': { toTeam: 'versterking', about: 'de planning van de versterking' },
  vergoedingen: { toTeam: 'bezwaar-klachten', about: 'bezwaar tegen de hoogte van de vergoeding' },
  'bezwaar-klachten': { toTeam: 'vergoedingen', about: 'de betaling na de herbeoordeling' },
  klantcontact: { toTeam: 'schade', about: 'nieuwe schade sinds de laatste opname' },
};

const THANKS = [
  'Dank u wel!',
  'Top, bedankt.',
  'Fijn, dank voor uw hulp.',
  'Duidelijk, bedankt voor het snelle antwoord.',
];
const CHASE = [
  'Ik zou [gebeld|teruggebeld] worden maar ik heb nog niets gehoord.',
  'Er zou iemand contact met mij opnemen. Dat is niet gebeurd.',
];
const ASK_MORE =
  'Om dit goed te regelen heb ik nog [foto’s van de schade|uw rekeningnummer|een kopie van de factuur] van u nodig. Wilt u die sturen?';
const APOLOGY = 'Het spijt me dat we u niet op tijd hebben gebeld, {first}. Ik pak het nu zelf op.';

type Story = 'answered' | 'kept' | 'broken' | 'handoff' | 'waiting' | 'repeat' | 'new';
/** How many of each story the demo tells: fixed, so every kind is there to look at. */
const STORIES: [Story, number][] = [
  ['answered', 14],
  ['kept', 8],
  ['broken', 5],
  ['handoff', 8],
  ['waiting', 5],
  ['repeat', 4],
  ['new', 4],
];

/** Intents only households in the strengthening programme have. */
const STRENGTHENING_TEAMS = new Set(['versterking', 'tijdelijk-wonen']);

export function generateConversations(rng: Rng, profiles: readonly CustomerProfile[]): DemoConversation[] {
  const dutch = profiles.filter((p) => p.customer.lang === 'nl');
  const stories = STORIES.flatMap(([story, count]) => Array.from({ length: count }, () => story));
  const conversations: DemoConversation[] = [];
  for (const story of rng.shuffle(stories)) {
    const profile = rng.pick(dutch);
    const intents = INTENTS.filter(
      (intent) => profile.track !== 'schade' || !STRENGTHENING_TEAMS.has(teamOf(intent)),
    );
    // A new question has had no answer yet: it came in during the last day.
    const start =
      story === 'new'
        ? PERIOD_END - rng.int(1, 20) * HOUR_MS
        : FIRST_DAY + rng.int(0, 27) * DAY_MS + rng.int(8, 20) * HOUR_MS + rng.int(0, 59) * 60_000;
    const first = conversation(rng, profile, rng.pick(intents), start, story);
    conversations.push(first);
    // Back about the same thing within the week: counted as a repeat contact.
    if (story === 'repeat')
      conversations.push(
        conversation(rng, profile, first.intent, start + rng.int(2, 5) * DAY_MS, 'answered'),
      );
  }
  return conversations.sort((a, b) => a.at.localeCompare(b.at));
}

function conversation(
  rng: Rng,
  profile: CustomerProfile,
  intent: string,
  start: number,
  story: Story,
): DemoConversation {
  const ctx: FillContext = { rng, at: start, profile };
  const channel = rng.chance(0.55) ? 'chat' : 'email';
  const texts = textsFor(intent);
  const lines = dutchLines(texts, start);
  const team = teamOf(intent);
  const turns: DemoTurn[] = [];
  let clock = start;
  const later = (minHours: number, maxHours: number) => {
    clock += rng.int(minHours * 60, maxHours * 60) * 60_000;
    return iso(clock);
  };
  const say = (kind: 'customer' | 'reply', template: string, minHours: number, maxHours: number) =>
    turns.push({ kind, body: fill(template, ctx), at: later(minHours, maxHours) });

  if (story === 'waiting') say('reply', ASK_MORE, 0.1, 4);
  else if (story !== 'new') say('reply', rng.pick(REPLIES[team]!), 0.1, 4);
  if (story === 'answered' || story === 'repeat') {
    say('customer', rng.pick(THANKS), 0.2, 3);
    turns.push({ kind: 'resolve', at: later(0.1, 1) });
  }
  if (story === 'kept' || story === 'broken') {
    const due = workingDaysAfter(clock, 2);
    const promise = `We bellen u uiterlijk ${WEEKDAYS_NL[weekday(due) - 1]} terug.`;
    turns.push({ kind: 'promise', text: promise, dueAt: iso(due), at: later(0, 0.1) });
    if (story === 'kept') {
      turns.push({ kind: 'settle', status: 'kept', at: later(20, 40) });
      say('reply', 'Zoals beloofd: [ik heb u gebeld|we hebben u gesproken]. Alles is nu geregeld.', 0, 1);
      turns.push({ kind: 'resolve', at: later(0.1, 1) });
    } else {
      clock = due;
      say('customer', rng.pick(CHASE), 20, 60);
      if (rng.chance(0.5)) {
        turns.push({ kind: 'settle', status: 'broken', at: later(1, 5) });
        say('reply', APOLOGY, 0, 0.5);
      }
    }
  }
  if (story === 'handoff') {
    const handoff = HANDOFFS[team]!;
    const target = TEAMS.find((t) => t.key === handoff.toTeam)!;
    say('customer', 'Ik wil ook graag weten [wanneer|hoe] het verder gaat.', 0.2, 4);
    turns.push({
      kind: 'transfer',
      toTeam: handoff.toTeam,
      note: fill(
        `{first} {last} uit {town} vraagt ook naar ${handoff.about}. Dat beslist ${target.name}.`,
        ctx,
      ),
      at: later(0.2, 2),
    });
    say('reply', rng.pick(REPLIES[handoff.toTeam]!), 1, 20);
    if (rng.chance(0.6)) turns.push({ kind: 'resolve', at: later(2, 30) });
  }

  return {
    customer: profile.customer.id,
    channel,
    intent,
    ...(channel === 'email' && { subject: fill(rng.pick(texts.subject), ctx) }),
    at: iso(start),
    message: composeDutch(channel, { line: rng.pick(lines), extra: rng.pick(lines) }, ctx, {
      repeat: story === 'repeat',
    }),
    // Nothing happens after the end of the demo year.
    turns: turns.filter((t) => Date.parse(t.at) < PERIOD_END),
  };
}

/** 17:00 on the n-th working day after a moment. */
function workingDaysAfter(ms: number, n: number): number {
  let day = Math.floor(ms / DAY_MS) * DAY_MS;
  for (let left = n; left > 0;) {
    day += DAY_MS;
    const wd = weekday(day);
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return day + 17 * HOUR_MS;
}
