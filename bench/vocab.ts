/**
 * Synonym discovery at scale: about a million synthetic help-centre searches (sessions with
 * reformulations, misspellings, abandoned searches and noise), a few hundred articles and
 * customer messages, all generated from a seed. The baseline, measured in the same run, only
 * groups the events by session and analyses each distinct query once, so the ratio shows what
 * the mining itself costs.
 *
 *   node --conditions=source --import tsx bench/vocab.ts [events]
 */
import { pathToFileURL } from 'node:url';
import { words } from '../packages/core/src/intents/features.js';
import { suggestSynonyms } from '../packages/core/src/vocab/suggest.js';
import type { OrgText, SearchEvent } from '../packages/core/src/vocab/types.js';
import { prng } from './data.js';

const SUBJECTS = 300;
const SYNONYMS_PER_SUBJECT = 4;
const SIGNALS = 20_000;
const DAY_MS = 86_400_000;

interface Subject {
  article: string;
  official: string;
  synonyms: string[];
  typos: string[];
}

function wordMaker(random: () => number) {
  const onsets = [
    'b',
    'd',
    'g',
    'k',
    'l',
    'm',
    'n',
    'p',
    'r',
    's',
    't',
    'v',
    'w',
    'z',
    'st',
    'kr',
    'sch',
    'br',
  ];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ui', 'ij', 'ou'];
  const codas = ['', 'n', 'r', 'k', 'l', 'ng', 'st', 'rd', 't'];
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const used = new Set<string>();
  return (syllables: number): string => {
    for (;;) {
      let w = '';
      for (let i = 0; i < syllables; i += 1) w += pick(onsets) + pick(vowels) + pick(codas);
      if (!used.has(w)) {
        used.add(w);
        return w;
      }
    }
  };
}

function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5
    ? word.slice(0, i) + word.slice(i + 1)
    : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export function syntheticWorkspace(events: number, seed = 7) {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const word = wordMaker(random);
  const tails = Array.from({ length: 30 }, () => word(2));
  const filler = Array.from({ length: 3000 }, () => word(1 + Math.floor(random() * 3)));
  const subjects: Subject[] = Array.from({ length: SUBJECTS }, (_, i) => {
    const official = word(3);
    return {
      article: `kb-${i}`,
      official,
      synonyms: Array.from({ length: SYNONYMS_PER_SUBJECT }, () =>
        random() < 0.3 ? `${word(2)} ${pick(filler)}` : word(2 + Math.floor(random() * 2)),
      ),
      typos: [typo(official, random), `${official.slice(0, 4)} ${official.slice(4)}`],
    };
  });
  const sentence = (term: string) =>
    Array.from({ length: 8 }, (_, k) => (k === 3 ? term : pick(filler))).join(' ') + '.';
  const articles: OrgText[] = subjects.map((s) => ({
    id: s.article,
    title: `${s.official} ${pick(tails)}`,
    body: Array.from({ length: 12 }, () => sentence(s.official)).join(' '),
    lang: 'nl',
    tags: [s.official],
  }));
  const signals = Array.from({ length: SIGNALS }, () => {
    const s = pick(subjects);
    return sentence(random() < 0.2 ? s.official : pick(s.synonyms)) + ' ' + sentence(pick(filler));
  });

  const searches: SearchEvent[] = [];
  const found = (s: Subject, tail: string): Omit<SearchEvent, 'session' | 'at'> => ({
    query: tail ? `${s.official} ${tail}` : s.official,
    resultCount: 1 + Math.floor(random() * 9),
    clicks: random() < 0.9 ? [s.article] : [],
  });
  const missed = (query: string): Omit<SearchEvent, 'session' | 'at'> => ({
    query,
    resultCount: 0,
    clicks: [],
  });
  for (let n = 0; searches.length < events; n += 1) {
    const s = subjects[Math.floor(SUBJECTS * random() ** 1.5)]!; // some subjects far more popular
    const tail = random() < 0.4 ? pick(tails) : '';
    const synonym = () => (tail && random() < 0.3 ? `${pick(s.synonyms)} ${tail}` : pick(s.synonyms));
    const r = random();
    const steps =
      r < 0.36
        ? [missed(synonym()), found(s, tail)]
        : r < 0.42
          ? [missed(synonym()), missed(synonym()), found(s, tail)]
          : r < 0.52
            ? [missed(pick(s.typos)), found(s, '')]
            : r < 0.72
              ? [found(s, tail)]
              : r < 0.8
                ? [found(s, tail), found(pick(subjects), '')]
                : r < 0.9
                  ? [missed(synonym())]
                  : [random() < 0.5 ? missed(pick(filler)) : found(pick(subjects), pick(filler))];
    let at = Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * DAY_MS);
    for (const step of steps) {
      searches.push({ session: `s${n}`, at: new Date(at).toISOString(), ...step });
      at += (60 + Math.floor(random() * 240)) * 1000;
    }
  }
  const truth = new Set(
    subjects.flatMap((s) => [...s.synonyms, ...s.typos].map((c) => `${words(c).join(' ')}|${s.official}`)),
  );
  return { searches, articles, signals, truth };
}

/** Groups events by session and analyses each distinct query once: the floor any mining pays. */
function baselinePass(searches: readonly SearchEvent[]): number {
  const sessions = new Map<string, number[]>();
  const analysed = new Map<string, string[]>();
  searches.forEach((e, i) => {
    const list = sessions.get(e.session);
    if (list) list.push(i);
    else sessions.set(e.session, [i]);
    if (!analysed.has(e.query)) analysed.set(e.query, words(e.query));
  });
  return sessions.size + analysed.size;
}

function seconds(run: () => unknown): [number, unknown] {
  const started = performance.now();
  const result = run();
  return [(performance.now() - started) / 1000, result];
}

export function benchVocab(events = 1_000_000): Record<string, unknown> {
  const workspace = syntheticWorkspace(events);
  const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
  const [baselineSeconds] = seconds(() => baselinePass(workspace.searches));
  const [miningSeconds, mined] = seconds(() => suggestSynonyms(workspace));
  const suggestions = mined as ReturnType<typeof suggestSynonyms>;
  const correct = suggestions.map((s) =>
    workspace.truth.has(`${words(s.customerTerm).join(' ')}|${s.officialTerm}`),
  );
  const precisionAt = (k: number) => Number((correct.slice(0, k).filter(Boolean).length / k).toFixed(4));
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  return {
    bench: 'vocab.mining',
    events: workspace.searches.length,
    articles: workspace.articles.length,
    signals: workspace.signals.length,
    seconds: Number(miningSeconds.toFixed(2)),
    eventsPerSecond: Math.round(workspace.searches.length / miningSeconds),
    peakRssMB: Math.round(peakRssMB),
    rssBeforeMiningMB: Math.round(rssBeforeMB),
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    suggestions: suggestions.length,
    syntheticPrecisionAt50: precisionAt(50),
    syntheticPrecisionAt200: precisionAt(200),
    baselineSeconds: Number(baselineSeconds.toFixed(2)),
    baselineKind: 'group events by session and analyse each distinct query once',
    ratio: Number((miningSeconds / baselineSeconds).toFixed(2)),
    targets: { seconds: 60, peakRssMB: 1024 },
    met: miningSeconds < 60 && peakRssMB < 1024,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(benchVocab(Number(process.argv[2] ?? 1_000_000))));
}
