import {
  DAY_MS,
  PERIOD_DAYS,
  STUWMEER_DEADLINE,
  SUSTAINABILITY_RISE,
  dayStart,
  daysSinceQuake,
  iso,
  isWinter,
  weekday,
} from './calendar.js';
import type { HelpSearch } from './help-search.js';
import type { Rng } from './prng.js';
import { VOCABULARY, type VocabEntry } from './vocabulary.js';

/**
 * The help centre's search log: visitors type their own words, find nothing, and try again with
 * the organisation's word once they have found it elsewhere (a letter, a neighbour, a phone call).
 * The same customer → official pairs recur across many sessions, which is what makes them learnable.
 */
export interface DemoSearch {
  session: string;
  at: string;
  query: string;
  clicks: string[];
  resultCount?: number;
}

interface Step {
  query: string;
  clicks: string[];
  resultCount: number;
}

/** How popular each subject is in the help centre. */
const SEARCH_WEIGHT: Record<string, number> = {
  schademelding: 9,
  opname: 10,
  opnamerapport: 4,
  contra_expertise: 5,
  acuut_onveilig: 2,
  vaste_schadevergoeding: 4,
  stuwmeerregeling: 3,
  versterkingsadvies: 5,
  bouwkundige_versterking: 4,
  schoorsteenafname: 5,
  funderingsherstel: 3,
  wisselwoning: 10,
  verhuiskostenvergoeding: 3,
  inboedelopslag: 3,
  container_afval: 2,
  boom_kappen: 2,
  hinder_uitvoering: 3,
  bijkomende_kosten: 4,
  waardedaling: 5,
  immateriele_schadevergoeding: 4,
  bezwaar: 5,
  herbeoordeling: 3,
  bewonersbegeleider: 3,
  mijn_dossier: 4,
  machtiging: 2,
  rekeningnummer: 2,
  uitbetaling: 5,
  bewonersondersteuning: 2,
  verduurzamingsbudget: 1,
};

function searchWeight(entry: VocabEntry, at: number): number {
  let w = SEARCH_WEIGHT[entry.key] ?? 1;
  const q = daysSinceQuake(at);
  if (q !== undefined) {
    if (entry.key === 'schademelding') w *= 1 + 5 * Math.exp(-q / 14);
    if (entry.key === 'acuut_onveilig') w *= 1 + 10 * Math.exp(-q / 5);
    if (entry.key === 'opname') w *= 1 + Math.exp(-q / 40);
  }
  if (entry.key === 'stuwmeerregeling' && at < STUWMEER_DEADLINE && at >= STUWMEER_DEADLINE - 90 * DAY_MS)
    w *= 3;
  if (entry.key === 'wisselwoning' && isWinter(at)) w *= 1.4;
  if (entry.key === 'verduurzamingsbudget' && at >= SUSTAINABILITY_RISE) {
    w *= 1 + 7 * Math.min(1, (at - SUSTAINABILITY_RISE) / (75 * DAY_MS));
  }
  return w;
}

const NOISE = [
  'contact',
  'openingstijden',
  'telefoonnummer',
  'klacht indienen',
  'vacatures',
  'parkeervergunning',
  'afvalkalender',
  'paspoort verlengen',
  'hallo',
  'asdf',
  'storing',
  'digid',
  'help',
  'gas',
  'wat moet ik doen',
  'beving vandaag',
  'kaart gebied',
  'postcode',
  'formulier',
  'dossiernummer',
  'bewonersavond',
  'nieuws',
  'huurtoeslag',
  'informatiepunt',
  'spoednummer',
  'garantie',
  'monument',
  'huurder',
  'asbest',
  'belasting',
];

const NOISE_EN = ['contact', 'english', 'opening hours', 'phone number', 'help', 'tax'];

export function generateSearches(rng: Rng, help: HelpSearch): DemoSearch[] {
  const nl = VOCABULARY.filter((e) => e.lang === 'nl');
  const en = VOCABULARY.filter((e) => e.lang === 'en');

  const typed = (text: string) => (rng.chance(0.85) ? text.toLowerCase() : text);
  const run = (query: string): { results: string[]; step: Step } => {
    const results = help.search(query);
    return { results, step: { query, clicks: [], resultCount: results.length } };
  };
  const withTail = (term: string, tail: string) => (tail ? `${term} ${tail}` : term);

  /** A customer word (optionally with a tail) that the old search cannot answer. */
  const missingQuery = (
    entry: VocabEntry,
    kind: 'synonym' | 'spelling',
    tail: string,
  ): string | undefined => {
    const candidates = entry.variants.filter((v) => v.kind === kind);
    for (let attempt = 0; attempt < 6 && candidates.length > 0; attempt++) {
      const variant = rng.skewed(candidates, 0.8);
      const query = typed(withTail(variant.term, rng.chance(0.7) ? '' : tail));
      if (help.search(query).length === 0) return query;
    }
    return undefined;
  };
  /** The official term, with the visitor's tail if the search still finds the article with it. */
  const officialStep = (entry: VocabEntry, tail: string): Step => {
    const withIt = run(typed(withTail(entry.official, tail)));
    const chosen = withIt.results.includes(entry.article) ? withIt : run(typed(entry.official));
    const clicks = chosen.results.includes(entry.article) && rng.chance(0.92) ? [entry.article] : [];
    const other = chosen.results.find((id) => id !== entry.article);
    if (clicks.length > 0 && other && rng.chance(0.12)) clicks.unshift(other);
    return { ...chosen.step, clicks };
  };
  const hitStep = (entry: VocabEntry): Step | undefined => {
    const hits = entry.variants.filter((v) => help.search(v.term).includes(entry.article));
    if (hits.length === 0) return undefined;
    const { step } = run(typed(rng.pick(hits).term));
    return { ...step, clicks: [entry.article] };
  };

  const sessionSteps = (at: number): Step[] => {
    const english = rng.chance(0.05);
    const pool = english ? en : nl;
    const entry = rng.weighted(
      pool,
      pool.map((e) => searchWeight(e, at)),
    );
    const tail = rng.pick(entry.tails);
    const kind = rng.weighted(
      [
        'reformulate',
        'two-tries',
        'spelling',
        'customer-hit',
        'official',
        'browse',
        'abandon',
        'noise',
      ] as const,
      [36, 6, 10, 8, 16, 6, 8, 10],
    );
    switch (kind) {
      case 'reformulate':
      case 'two-tries': {
        const first = missingQuery(entry, 'synonym', tail);
        if (!first) return [officialStep(entry, tail)];
        const steps = [run(first).step];
        const second = kind === 'two-tries' ? missingQuery(entry, 'synonym', tail) : undefined;
        if (second && second !== first) steps.push(run(second).step);
        steps.push(officialStep(entry, tail));
        // Having found the way in, some visitors read on about a related subject.
        if (rng.chance(0.12)) steps.push(officialStep(rng.pick(pool.filter((e) => e !== entry)), ''));
        return steps;
      }
      case 'spelling': {
        const first = missingQuery(entry, 'spelling', '');
        return first ? [run(first).step, officialStep(entry, '')] : [officialStep(entry, tail)];
      }
      case 'customer-hit':
        return [hitStep(entry) ?? officialStep(entry, tail)];
      case 'official':
        return [officialStep(entry, tail)];
      case 'browse': {
        const next = rng.pick(pool.filter((e) => e !== entry));
        return [officialStep(entry, tail), officialStep(next, '')];
      }
      case 'abandon': {
        const first = missingQuery(entry, 'synonym', tail);
        if (!first) return [officialStep(entry, tail)];
        const second = rng.chance(0.4) ? missingQuery(entry, 'synonym', '') : undefined;
        return second && second !== first ? [run(first).step, run(second).step] : [run(first).step];
      }
      case 'noise': {
        const query = english ? rng.pick(NOISE_EN) : rng.pick(NOISE);
        const { results, step } = run(query);
        const first = results[0];
        return [first && rng.chance(0.45) ? { ...step, clicks: [first] } : step];
      }
    }
  };

  const sessions: { start: number; steps: Step[] }[] = [];
  for (let d = 0; d < PERIOD_DAYS; d++) {
    const dayMs = dayStart(d);
    const wd = weekday(dayMs);
    const q = daysSinceQuake(dayMs + DAY_MS - 1);
    const volume =
      9.4 * (wd === 0 || wd === 6 ? 0.9 : 1.04) * (q === undefined ? 1 : 1 + 3 * Math.exp(-q / 7));
    const count = Math.round(volume * (0.7 + 0.6 * rng.next()));
    for (let k = 0; k < count; k++) {
      const hour = rng.weighted(
        [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0],
        [2, 3, 5, 6, 6, 5, 6, 6, 6, 5, 5, 5, 7, 9, 9, 7, 4, 1],
      );
      // Late sessions start early enough to end before midnight, and so inside the year.
      const start = Math.min(dayMs + hour * 3_600_000 + rng.int(0, 3599) * 1000, dayMs + DAY_MS - 1_800_000);
      sessions.push({ start, steps: sessionSteps(start) });
    }
  }
  sessions.sort((a, b) => a.start - b.start);

  const log: DemoSearch[] = [];
  sessions.forEach(({ start, steps }, i) => {
    const session = `s-${String(i + 1).padStart(5, '0')}`;
    let at = start;
    steps.forEach((step, n) => {
      // A new try follows a failed one within one to three minutes; reading an article takes longer.
      if (n > 0) at += (steps[n - 1]?.clicks.length ? rng.int(90, 300) : rng.int(60, 180)) * 1000;
      log.push({
        session,
        at: iso(at),
        query: step.query,
        clicks: step.clicks,
        resultCount: step.resultCount,
      });
    });
  });
  return log;
}
