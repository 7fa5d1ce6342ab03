import type { DemoArticle } from './article-kit.js';

/**
 * The help centre's search as it was before Klantstem: every query word must occur, spelled
 * exactly, in the article (no stemming, no compound splitting, no typo tolerance, no synonyms).
 * The demo search log is simulated against it, so its result counts agree with the articles:
 * "noodwoning" finds nothing because no article says "noodwoning".
 */
const STOP_WORDS = new Set(
  (
    'de het een en of van voor met op in aan te is bij naar om over uit ik mijn mij we wij ons onze u uw ' +
    'hoe wat wanneer waar wie welke waarom kan kun moet mag wil er dat die dit ook nog al niet geen ' +
    'the a an and or of for with on in at to is my me we our how what when where who which why can do does i'
  ).split(' '),
);

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((t) => t.replace(/^-+|-+$/g, ''))
    .filter((t) => t.length > 0);
}

export interface HelpSearch {
  /** Ids of the articles that hold every query word, best (most occurrences) first. */
  search(query: string): string[];
}

export function oldHelpSearch(articles: readonly DemoArticle[]): HelpSearch {
  const indexed = articles.map((a) => {
    const counts = new Map<string, number>();
    for (const t of tokens(`${a.title} ${a.title} ${a.body}`)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return { id: a.id, counts };
  });
  const cache = new Map<string, string[]>();
  return {
    search(query) {
      const key = query.toLowerCase().trim();
      const hit = cache.get(key);
      if (hit) return hit;
      const words = tokens(key).filter((t) => !STOP_WORDS.has(t));
      const found =
        words.length === 0
          ? []
          : indexed
              .map((a) => ({ id: a.id, score: words.reduce((s, w) => s + (a.counts.get(w) ?? 0), 0) }))
              .filter((a, i) => words.every((w) => indexed[i]?.counts.has(w)) && a.score > 0)
              .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
              .map((a) => a.id);
      cache.set(key, found);
      return found;
    },
  };
}
