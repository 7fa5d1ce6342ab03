/**
 * Help-centre search at scale: index 100,000 generated Dutch articles (~300 words each), then
 * time 10,000 customer-like queries (some misspelled, some half typed, some using an approved
 * customer word). Baselines from the same run: analysing the same text without indexing it
 * (the floor for indexing), and a plain substring scan over 1,000 of the articles per query
 * (what searching without an index costs on 1% of the data).
 * Alone: node --conditions=source --import tsx bench/search.ts [articles] [queries]
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ARTICLES } from '../apps/server/src/features/demo/articles.js';
import { words } from '../packages/core/src/intents/features.js';
import { createSearchAnalyzer } from '../packages/core/src/search/analyzer.js';
import { HelpIndex, type HelpArticle } from '../packages/core/src/search/help-index.js';
import type { SynonymPair } from '../packages/core/src/search/synonyms.js';
import { prng } from './data.js';

const WORDS_PER_ARTICLE = 300;
const COMPOUNDS = 100_000;
const SYNONYM_PAIRS = 200;
const SCAN_ARTICLES = 1_000;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** JavaScript heap plus the typed arrays' buffers, which live outside it. */
function memoryMB(): number {
  collectGarbage();
  const { heapUsed, external } = process.memoryUsage();
  return (heapUsed + external) / 1024 / 1024;
}

/**
 * Real Dutch words (the demo help centre's vocabulary) ranked by frequency, followed by a long
 * tail of compounds made from them, as a large organisation's texts would have.
 */
interface WordPool {
  ranked: string[];
  compounds: string[];
  /** Both, most used first: what article text is drawn from. */
  all: string[];
}

function wordPool(random: () => number): WordPool {
  const counts = new Map<string, number>();
  for (const a of ARTICLES.filter((x) => x.lang === 'nl')) {
    for (const w of words(`${a.title} ${a.body}`)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w]) => w);
  const parts = ranked.filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));
  const compounds = new Set<string>();
  while (compounds.size < COMPOUNDS) {
    const head = parts[Math.floor(random() * parts.length)]!;
    const tail = parts[Math.floor(random() * parts.length)]!;
    if (head !== tail) compounds.add(head + tail);
  }
  return { ranked, compounds: [...compounds], all: [...ranked, ...compounds] };
}

/** Zipf-like rank: frequent words are drawn far more often, as in real text. */
function zipf(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);
}

function generateArticles(count: number, random: () => number, pool: WordPool) {
  const pick = () => pool.all[zipf(random, pool.all.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  const articles: HelpArticle[] = [];
  for (let i = 0; i < count; i += 1) {
    const title = sentence(3 + Math.floor(random() * 5));
    const paragraphs: string[] = [];
    for (let left = WORDS_PER_ARTICLE; left > 0;) {
      const n = Math.min(left, 8 + Math.floor(random() * 12));
      paragraphs.push(`${sentence(n)}.`);
      left -= n;
    }
    articles.push({ id: `a${i}`, title, body: paragraphs.join(' '), lang: random() < 0.9 ? 'nl' : 'en' });
  }
  return articles;
}

function misspell(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5
    ? word.slice(0, at) + word.slice(at + 1)
    : word.slice(0, at) + word[at + 1]! + word[at]!;
}

/** 1-3 content words (the most frequent words are the function words customers leave out). */
function generateQueries(count: number, random: () => number, pool: WordPool): string[] {
  const content = pool.ranked.slice(100);
  const word = () =>
    random() < 0.25
      ? pool.compounds[Math.floor(random() * pool.compounds.length)]!
      : content[zipf(random, content.length)]!;
  return Array.from({ length: count }, () => {
    const terms = Array.from({ length: 1 + Math.floor(random() * 3) }, word);
    const roll = random();
    const last = terms.length - 1;
    if (roll < 0.2 && terms[last]!.length > 5) terms[last] = misspell(terms[last]!, random);
    else if (roll < 0.4 && terms[last]!.length > 5) terms[last] = terms[last]!.slice(0, 4);
    return terms.join(' ');
  });
}

function percentiles(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) =>
    Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(3));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

function timeEach(queries: string[], run: (query: string) => unknown): number[] {
  return queries.map((q) => {
    const started = performance.now();
    run(q);
    return performance.now() - started;
  });
}

function substringScan(articles: HelpArticle[]): (query: string) => string[] {
  const texts = articles.map((a) => ({ id: a.id, text: `${a.title}\n${a.body}`.toLowerCase() }));
  return (query) => {
    const terms = query.toLowerCase().split(/\s+/);
    return texts
      .map((t) => ({ id: t.id, hits: terms.filter((term) => t.text.includes(term)).length }))
      .filter((t) => t.hits > 0)
      .sort((a, b) => b.hits - a.hits)
      .slice(0, 10)
      .map((t) => t.id);
  };
}

export function benchSearch(articleCount = 100_000, queryCount = 10_000): Record<string, unknown> {
  const random = prng(20_260_301);
  const pool = wordPool(random);
  const articles = generateArticles(articleCount, random, pool);
  const queries = generateQueries(queryCount, random, pool);
  const synonyms: SynonymPair[] = Array.from({ length: SYNONYM_PAIRS }, (_, i) => ({
    customerTerm: pool.compounds[i]!,
    officialTerm: pool.ranked[100 + i]!,
  }));

  // As the help centre builds it: compound parts scored by frequencies in the articles themselves.
  let started = performance.now();
  const analyzer = createSearchAnalyzer(articles.map((a) => `${a.title}\n${a.body}`));
  const splitterSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  let analysedTerms = 0;
  // The floor for indexing: analysing the same fields without indexing them.
  for (const a of articles) analysedTerms += analyzer(`${a.title}\n${a.body}`).length;
  const analyseSeconds = (performance.now() - started) / 1000;

  const memoryBefore = memoryMB();
  started = performance.now();
  const index = new HelpIndex({ synonyms, analyzer });
  index.replaceAll(articles);
  const indexSeconds = (performance.now() - started) / 1000;
  const indexMemoryMB = memoryMB() - memoryBefore;

  for (const q of queries.slice(0, 200)) index.search(q); // warm up the JIT
  const ours = percentiles(timeEach(queries, (q) => index.search(q)));
  const scan = substringScan(articles.slice(0, SCAN_ARTICLES));
  const baseline = percentiles(timeEach(queries, scan));
  const withResults = queries.filter((q) => index.search(q, { limit: 1 }).hits.length > 0).length;

  return {
    bench: 'search.help',
    articles: articleCount,
    wordsPerArticle: WORDS_PER_ARTICLE,
    analysedTerms,
    vocabulary: pool.ranked.length + pool.compounds.length,
    compoundSplitterSeconds: Number(splitterSeconds.toFixed(2)),
    indexSeconds: Number(indexSeconds.toFixed(2)),
    indexMemoryMB: Math.round(indexMemoryMB),
    rssMB: Math.round(process.memoryUsage().rss / 1024 / 1024),
    baselineAnalyseSeconds: Number(analyseSeconds.toFixed(2)),
    indexToAnalyseRatio: Number((indexSeconds / analyseSeconds).toFixed(2)),
    queries: queryCount,
    queryShareWithResults: Number((withResults / queryCount).toFixed(3)),
    queryMs: ours,
    baselineKind: `substring scan over ${SCAN_ARTICLES} articles per query`,
    baselineQueryMs: baseline,
    p95RatioToBaseline: Number((ours.p95 / baseline.p95).toFixed(3)),
    targets: { p95Ms: 10 },
    met: ours.p95 < 10,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [articles, queries] = process.argv.slice(2).map(Number);
  process.stdout.write(`${JSON.stringify(benchSearch(articles || undefined, queries || undefined))}\n`);
}
