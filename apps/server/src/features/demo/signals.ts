import {
  DAY_MS,
  PERIOD_DAYS,
  STUWMEER_DEADLINE,
  SUSTAINABILITY_RISE,
  dayStart,
  daysSinceQuake,
  iso,
  isWinter,
  monthOf,
  weekday,
} from './calendar.js';
import { composeDutch, composeEnglish, composeNote } from './compose.js';
import type { CustomerProfile } from './customers.js';
import { fill, type FillContext } from './fill.js';
import {
  SURVEYS,
  SURVEY_ANSWERS_EN,
  SURVEY_ANSWERS_NL,
  SUSTAINABILITY_EN,
  SUSTAINABILITY_NL,
  SUSTAINABILITY_NOTES,
} from './frames.js';
import { INTENTS, teamOf } from './organisation.js';
import type { Rng } from './prng.js';
import { roughen } from './roughen.js';
import { weightedSampler, type Sampler } from './sampler.js';
import { dutchLines, textsFor } from './texts.js';

export type SignalChannel = 'chat' | 'email' | 'phone' | 'form' | 'survey' | 'counter';

export interface DemoSignal {
  id: string;
  customer?: string;
  channel: SignalChannel;
  text: string;
  at: string;
  lang?: 'nl' | 'en';
  meta: { intent?: string; team?: string; subject?: string };
}

/** How often each intent comes up in an ordinary week. */
const BASE_WEIGHT: Record<string, number> = {
  schade_melden: 10,
  status_opname: 12,
  contra_expertise: 4,
  acuut_onveilig: 2.5,
  versterkingsadvies: 5,
  versterking_planning: 9,
  schoorsteenafname: 3,
  funderingsherstel: 3,
  wisselwoning: 7,
  verhuizen_opslag: 4,
  hinder_uitvoering: 4,
  betaling_vergoeding: 9,
  bijkomende_kosten: 5,
  waardedaling: 4,
  immateriele_schade: 4,
  stuwmeerregeling: 3,
  bezwaar: 5,
  herbeoordeling: 3,
  klacht: 7,
  gegevens_wijzigen: 3,
  afspraak_verzetten: 4,
  mijn_dossier: 4,
  machtiging: 2,
};

/** Intents only households in the strengthening programme have. */
const STRENGTHENING_ONLY = new Set([
  'versterkingsadvies',
  'versterking_planning',
  'wisselwoning',
  'verhuizen_opslag',
]);

/** The year's events shift what people ask about: the quake, winter in temporary homes, deadlines. */
export function intentWeight(intent: string, at: number): number {
  let w = BASE_WEIGHT[intent] ?? 1;
  const q = daysSinceQuake(at);
  if (q !== undefined) {
    if (intent === 'schade_melden') w *= 1 + 5 * Math.exp(-q / 14);
    if (intent === 'acuut_onveilig') w *= 1 + 12 * Math.exp(-q / 5);
    if (intent === 'status_opname' && q > 7) w *= 1 + 1.5 * Math.exp(-(q - 7) / 50);
    if (intent === 'immateriele_schade') w *= 1 + 0.8 * Math.exp(-q / 30);
  }
  if (intent === 'stuwmeerregeling') {
    if (at < STUWMEER_DEADLINE && at >= STUWMEER_DEADLINE - 90 * DAY_MS) w *= 3;
    else if (at >= STUWMEER_DEADLINE) w *= 0.4;
  }
  if (intent === 'wisselwoning' && isWinter(at)) w *= 1.7;
  if (intent === 'waardedaling' && at >= Date.UTC(2026, 8, 1)) w *= 2;
  return w;
}

/** Share of messages about making the home sustainable: small, then rising from August 2026. */
function sustainabilityShare(at: number): number {
  if (at < SUSTAINABILITY_RISE) return 0.006;
  return 0.006 + 0.07 * Math.min(1, (at - SUSTAINABILITY_RISE) / (75 * DAY_MS));
}

function dayVolume(dayMs: number): number {
  const wd = weekday(dayMs);
  let v = 16.5 * (wd === 0 ? 0.3 : wd === 6 ? 0.45 : wd === 1 ? 1.25 : 1.1);
  const m = monthOf(dayMs);
  if (m === 11 || m === 6) v *= 0.85; // Christmas and summer holidays
  const q = daysSinceQuake(dayMs + DAY_MS - 1);
  if (q !== undefined) v *= 1 + 2.2 * Math.exp(-q / 10);
  return v;
}

/** Channels a question can arrive through; survey answers come separately. */
const CHANNEL_WEIGHTS: [Exclude<SignalChannel, 'survey'>, number][] = [
  ['chat', 27],
  ['email', 24],
  ['phone', 30],
  ['form', 11],
  ['counter', 8],
];

function timeOfDay(rng: Rng, channel: SignalChannel, dayMs: number, urgent: boolean): number {
  const wd = weekday(dayMs);
  let hour: number;
  if (urgent && channel === 'phone') hour = rng.int(0, 23);
  else if (channel === 'phone')
    hour =
      wd === 6
        ? rng.int(10, 13)
        : rng.weighted([8, 9, 10, 11, 13, 14, 15, 16, 18, 19], [6, 9, 9, 8, 7, 7, 6, 5, 3, 2]);
  else if (channel === 'counter') hour = rng.int(9, 15);
  else
    hour = rng.weighted(
      [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23],
      [2, 4, 6, 6, 5, 4, 5, 5, 5, 5, 4, 5, 7, 7, 5, 2],
    );
  return dayMs + hour * 3_600_000 + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
}

/** The information points are open on Tuesdays and Thursdays, and on Saturdays after the quake. */
function counterOpen(dayMs: number): boolean {
  const wd = weekday(dayMs);
  const q = daysSinceQuake(dayMs);
  return wd === 2 || wd === 4 || (wd === 6 && q !== undefined);
}

interface Draft {
  at: number;
  customer?: CustomerProfile;
  channel: SignalChannel;
  text: string;
  lang?: 'nl' | 'en';
  meta: DemoSignal['meta'];
}

/** How often staff or a form already put the right intent on a message. */
const ROUTED_SHARE: Record<SignalChannel, number> = {
  phone: 0.85,
  counter: 0.85,
  form: 0.7,
  email: 0.6,
  chat: 0.45,
  survey: 0,
};

export function generateSignals(rng: Rng, profiles: readonly CustomerProfile[]): DemoSignal[] {
  const everyone = weightedSampler(profiles, (p) => p.activity);
  const strengthening = weightedSampler(
    profiles.filter((p) => p.track !== 'schade'),
    (p) => p.activity,
  );
  // Who wrote about what lately: people come back about the same thing, often more annoyed.
  const recent = new Map<string, CustomerProfile[]>();
  const drafts: Draft[] = [];

  const chooseCustomer = (pool: Sampler<CustomerProfile>, intent: string | undefined) => {
    const earlier = intent ? recent.get(intent) : undefined;
    if (earlier && earlier.length > 0 && rng.chance(0.3)) return { profile: rng.pick(earlier), repeat: true };
    return { profile: pool.pick(rng), repeat: false };
  };
  const remember = (intent: string, profile: CustomerProfile) => {
    const list = recent.get(intent) ?? [];
    list.push(profile);
    if (list.length > 40) list.shift();
    recent.set(intent, list);
  };

  for (let d = 0; d < PERIOD_DAYS; d++) {
    const dayMs = dayStart(d);
    const count = Math.round(dayVolume(dayMs) * (0.7 + 0.6 * rng.next()));
    for (let k = 0; k < count; k++) {
      const probeAt = dayMs + 12 * 3_600_000;
      const r = rng.next();
      if (r < 0.08) {
        drafts.push(surveySignal(rng, dayMs, everyone));
        continue;
      }
      if (r < 0.08 + sustainabilityShare(probeAt)) {
        drafts.push(sustainabilitySignal(rng, dayMs, strengthening));
        continue;
      }
      const intent = rng.weighted(
        INTENTS,
        INTENTS.map((i) => intentWeight(i, probeAt)),
      );
      let channel = rng.weighted(
        CHANNEL_WEIGHTS.map((c) => c[0]),
        CHANNEL_WEIGHTS.map((c) => (intent === 'acuut_onveilig' && c[0] === 'phone' ? 120 : c[1])),
      );
      if (channel === 'counter' && !counterOpen(dayMs)) channel = 'phone';
      const urgent = intent === 'acuut_onveilig';
      const at = timeOfDay(rng, channel, dayMs, urgent);
      const anonymous = rng.chance(channel === 'chat' ? 0.25 : channel === 'form' ? 0.05 : 0.02);
      const pool = STRENGTHENING_ONLY.has(intent) ? strengthening : everyone;
      const { profile, repeat } = chooseCustomer(pool, intent);
      const customer = anonymous ? undefined : profile;
      const ctx: FillContext = { rng, at, ...(customer ? { profile: customer } : {}) };
      const texts = textsFor(intent);
      const english = customer?.customer.lang === 'en';
      let text: string;
      let subject: string | undefined;
      if (channel === 'phone' || channel === 'counter') {
        text = composeNote(channel, rng.pick(texts.note), ctx, { repeat, english });
      } else if (english) {
        text = composeEnglish(channel, { line: rng.pick(texts.en), extra: rng.pick(texts.en) }, ctx, {
          repeat,
        });
        if (channel === 'email') subject = rng.pick(['Question', 'My case', 'Help please', 'Follow-up']);
      } else {
        const lines = dutchLines(texts, at);
        text = composeDutch(channel, { line: rng.pick(lines), extra: rng.pick(lines) }, ctx, {
          repeat,
        });
        if (channel === 'email') {
          subject = fill(rng.pick(texts.subject), ctx);
          if (repeat && rng.chance(0.4)) subject = `RE: ${subject}`;
        }
      }
      if (customer) remember(intent, customer);
      const routed = rng.chance(ROUTED_SHARE[channel]);
      drafts.push({
        at,
        ...(customer ? { customer } : {}),
        channel,
        text,
        ...langOf(rng, channel, english),
        meta: {
          ...(routed ? { intent, team: teamOf(intent) } : {}),
          ...(subject ? { subject } : {}),
        },
      });
    }
  }

  drafts.sort((a, b) => a.at - b.at);
  return drafts.map((d, i) => ({
    id: `sig-${String(i + 1).padStart(6, '0')}`,
    ...(d.customer ? { customer: d.customer.customer.id } : {}),
    channel: d.channel,
    text: d.text,
    at: iso(d.at),
    ...(d.lang ? { lang: d.lang } : {}),
    meta: d.meta,
  }));
}

/** Staff notes are Dutch whoever called; elsewhere the language is given about two times in three. */
function langOf(rng: Rng, channel: SignalChannel, english: boolean): { lang?: 'nl' | 'en' } {
  if (!rng.chance(0.65)) return {};
  if (channel === 'phone' || channel === 'counter') return { lang: 'nl' };
  return { lang: english ? 'en' : 'nl' };
}

function surveySignal(rng: Rng, dayMs: number, pool: Sampler<CustomerProfile>): Draft {
  const profile = pool.pick(rng);
  const at = timeOfDay(rng, 'survey', dayMs, false);
  const english = profile.customer.lang === 'en';
  const ctx: FillContext = { rng, at, profile };
  const line = english ? rng.pick(SURVEY_ANSWERS_EN) : rng.pick(SURVEY_ANSWERS_NL);
  return {
    at,
    customer: profile,
    channel: 'survey',
    text: roughen(fill(line, ctx), rng, 0.3),
    ...langOf(rng, 'survey', english),
    meta: { subject: rng.pick(SURVEYS) },
  };
}

function sustainabilitySignal(rng: Rng, dayMs: number, pool: Sampler<CustomerProfile>): Draft {
  const profile = pool.pick(rng);
  const channel = rng.weighted(['chat', 'email', 'form', 'phone'] as const, [30, 30, 15, 25]);
  const at = timeOfDay(rng, channel, dayMs, false);
  const ctx: FillContext = { rng, at, profile };
  const english = profile.customer.lang === 'en';
  let text: string;
  if (channel === 'phone') {
    text = composeNote('phone', rng.pick(SUSTAINABILITY_NOTES), ctx, { repeat: false, english });
  } else if (english) {
    text = composeEnglish(channel, { line: rng.pick(SUSTAINABILITY_EN) }, ctx, { repeat: false });
  } else {
    text = composeDutch(
      channel,
      { line: rng.pick(SUSTAINABILITY_NL), extra: rng.pick(SUSTAINABILITY_NL) },
      ctx,
      { repeat: false },
    );
  }
  return {
    at,
    customer: profile,
    channel,
    text,
    ...langOf(rng, channel, english),
    meta:
      channel === 'email'
        ? { subject: rng.pick(['Verduurzamen', 'Vraag over isolatie', 'Zonnepanelen']) }
        : {},
  };
}
