import SearchableMap from 'minisearch/SearchableMap';
import { grow } from './grow.js';

/** One term to look up, with the query positions it answers for (a bit per position). */
export interface TermSpec {
  term: string;
  slots: number;
  weight: number;
  /** Also match words that start with the term (as-you-type, compound heads). */
  prefix: boolean;
  /** Also match words within this many edits (typos); 0 for none. */
  maxEdits: number;
}

export interface FieldWeights {
  title: number;
  tags: number;
  body: number;
}

export interface TopDocs {
  docs: number[];
  scores: number[];
  /** Documents scoring at least the cutoff, of which `docs` are the best. */
  total: number;
}

export interface SearchOptions {
  limit: number;
  /** Documents scoring below this share of the best are neither returned nor counted. */
  minRelativeScore: number;
  /** A factor per document (e.g. for its language), never above `max`. */
  boost?: { of: (doc: number) => number; max: number };
}

/** One posting list to read for a query: a term of a spec, or a completion or correction of it. */
interface Lookup {
  termId: number;
  /** weight × IDF × (k1 + 1): also more than any one posting adds, as tf / (tf + k1) < 1. */
  factor: number;
  slots: number;
}

/** Per document, for each field: 1 / (1 - b + b * length / average length). */
interface FieldNorms {
  title: Float64Array;
  tags: Float64Array;
  body: Float64Array;
}

// BM25 parameters: the usual saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;
// Completions and corrections count for less than the word as typed (MiniSearch's weights).
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
// A short prefix in a large vocabulary has thousands of completions: keep the closest.
const MAX_COMPLETIONS = 50;
const MAX_CORRECTIONS = 30;
// A word that several documents use is taken as meant, not as a typo for a similar word.
const KNOWN_WORD_DF = 2;
// A completion or correction found in a large share of the documents says little (low IDF) and
// costs the most to score ("naar" as a correction of "naam"): skip it, in indexes large enough to matter.
const MAX_EXPANSION_SHARE = 0.05;
const MIN_EXPANSION_CAP = 1000;
// Leaping through a posting list costs a few reads per document found (a binary search over the
// gap); reading it whole, one per posting: leap only through lists this much longer.
const LEAP_RATIO = 8;
// Removed documents stay in the postings (skipped when scoring) until they are this share of all.
const COMPACT_SHARE = 0.2;
const FIELD_COUNT = 3;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** BM25F's pseudo-frequency: the term's frequency in each field, weighted and length-normalised. */
function pseudoFrequency(packed: number, doc: number, norms: FieldNorms, weights: FieldWeights): number {
  const body = weights.body * (packed >>> 16) * norms.body[doc]!;
  // Most postings are body words only: then the other fields' norms are not even read.
  if ((packed & 0xffff) === 0) return body;
  return (
    weights.title * (packed & 0xff) * norms.title[doc]! +
    weights.tags * ((packed >>> 8) & 0xff) * norms.tags[doc]! +
    body
  );
}

/**
 * A BM25F index over documents with a title, tags and a body, in typed arrays: each term's postings
 * are pairs (document, packed term frequencies: title 8 bits, tags 8 bits, body 16 bits), so 100,000
 * articles fit in a few hundred MB and a query scores tens of thousands of postings in a millisecond.
 * Typo-tolerant lookup walks MiniSearch's radix tree of the vocabulary; completions come from the
 * vocabulary in text order (a binary search, then the shortest matches).
 */
export class Bm25fIndex {
  private readonly termIds = new Map<string, number>();
  private readonly vocabulary = new SearchableMap<number>();
  private readonly termText: string[] = [];
  /** Term ids in text order, for completions; new terms wait in `unsortedTerms` until a search. */
  private sorted: number[] = [];
  private unsortedTerms: number[] = [];
  private postings: Uint32Array[] = [];
  private postingSizes: number[] = [];

  private lengths = new Uint32Array(FIELD_COUNT * 64);
  private alive = new Uint8Array(64);
  private docCount = 0;
  private live = 0;
  /** Removed documents whose postings are still in the lists (document numbers are never reused). */
  private removedInPostings = 0;
  private readonly totalLength = [0, 0, 0];

  /** Recomputed after changes. */
  private norms: FieldNorms = {
    title: new Float64Array(0),
    tags: new Float64Array(0),
    body: new Float64Array(0),
  };
  private normsStale = true;
  // Per-query scratch space, sized to the documents and reset after each query.
  private scores = new Float64Array(64);
  private matched = new Uint32Array(64);
  private touched = new Uint32Array(64);
  /** The final score of each document found, in the order of `touched`. */
  private finals = new Float64Array(64);
  private packedScratch = new Uint32Array(64);
  /** The document with the highest sum of term scores in this query so far. */
  private leader = -1;

  constructor(private readonly weights: FieldWeights) {}

  get size(): number {
    return this.live;
  }

  /** Adds a document given the analysed terms of each field; returns its number. */
  add(title: readonly string[], tags: readonly string[], body: readonly string[]): number {
    const doc = this.docCount++;
    this.reserve(this.docCount);
    // Term frequencies of this document, packed per term id; `seen` lists the ids in use.
    const seen: number[] = [];
    const fields = [title, tags, body];
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const terms = fields[f]!;
      this.lengths[doc * FIELD_COUNT + f] = terms.length;
      this.totalLength[f]! += terms.length;
      const shift = f * 8;
      const max = f === 2 ? 0xffff : 0xff;
      for (const term of terms) {
        const id = this.termId(term);
        const packed = this.packedScratch[id]!;
        if (packed === 0) seen.push(id);
        if (((packed >>> shift) & max) < max) this.packedScratch[id] = packed + (1 << shift);
      }
    }
    for (const id of seen) {
      this.append(id, doc, this.packedScratch[id]!);
      this.packedScratch[id] = 0;
    }
    this.alive[doc] = 1;
    this.live += 1;
    this.normsStale = true;
    return doc;
  }

  remove(doc: number): void {
    if (!this.alive[doc]) return;
    this.alive[doc] = 0;
    this.live -= 1;
    this.removedInPostings += 1;
    this.normsStale = true;
    for (let f = 0; f < FIELD_COUNT; f += 1) this.totalLength[f]! -= this.lengths[doc * FIELD_COUNT + f]!;
    if (this.removedInPostings > Math.max(16, this.live * COMPACT_SHARE)) this.compact();
  }

  /** Frees the spare room growth left in the postings; worth it after a bulk load. */
  trim(): void {
    for (let t = 0; t < this.postings.length; t += 1) {
      this.postings[t] = this.postings[t]!.slice(0, this.postingSizes[t]);
    }
  }

  /**
   * Scores every document matching a term (or a completion or correction of it): BM25F summed over
   * the terms, times the number of query positions the document matches, times its boost.
   *
   * Exact, but not exhaustive (MaxScore): posting lists are read from the one that can add most to
   * the one that can add least, and once the documents not found yet could not reach the cutoff
   * even in every remaining list, the remaining lists are only looked up for the documents found.
   * So a common word that cannot lift a document past the cutoff on its own costs a lookup per
   * document the other words found, not a pass over every document that has it.
   */
  search(specs: readonly TermSpec[], options: SearchOptions): TopDocs {
    const lookups = this.lookups(specs);
    const maxBoost = options.boost?.max ?? 1;
    // ceilings[i]: the most a document found only by lookups[i..] can score.
    const ceilings = new Float64Array(lookups.length);
    let slots = 0;
    for (let i = lookups.length - 1, sum = 0; i >= 0; i -= 1) {
      sum += lookups[i]!.factor;
      slots |= lookups[i]!.slots;
      ceilings[i] = sum * popcount(slots) * maxBoost;
    }
    let count = 0;
    // The final score of a document found: a lower bound of the best score, so of the cutoff.
    let floor = 0;
    let next = 0;
    for (; next < lookups.length; next += 1) {
      if (ceilings[next]! < options.minRelativeScore * floor) break;
      count = this.scoreAll(lookups[next]!, count);
      if (this.leader >= 0) floor = Math.max(floor, this.finalScore(this.leader, options.boost));
    }
    if (next < lookups.length) this.scoreFound(lookups.slice(next), count);
    this.leader = -1;
    return this.collectTop(count, options);
  }

  /** The postings to read for the specs, the one that can add most first. */
  private lookups(specs: readonly TermSpec[]): Lookup[] {
    const lookups: Lookup[] = [];
    for (const spec of specs) {
      for (const [termId, weight] of this.expand(spec)) {
        // Until compaction the postings still count removed documents: never more than are live.
        const df = Math.min(this.df(termId), this.live);
        const idf = Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
        lookups.push({ termId, factor: weight * idf * (K1 + 1), slots: spec.slots });
      }
    }
    return lookups.sort((a, b) => b.factor - a.factor);
  }

  /** Adds a term's score to every live document that has it; returns the number of documents found. */
  private scoreAll({ termId, factor, slots }: Lookup, found: number): number {
    const { scores, matched, touched, alive } = this;
    const list = this.postings[termId]!;
    const size = this.postingSizes[termId]!;
    const { weights } = this;
    const norms = this.fieldNorms();
    let count = found;
    let leader = this.leader;
    let best = leader < 0 ? 0 : scores[leader]!;
    for (let i = 0; i < size; i += 2) {
      const doc = list[i]!;
      if (!alive[doc]) continue;
      const tf = pseudoFrequency(list[i + 1]!, doc, norms, weights);
      const before = scores[doc]!;
      // Whether a document is new is a coin toss in all but the first list: counting it without a
      // branch spares the mispredictions, which cost more than the rest of the loop.
      touched[count] = doc;
      count += Number(before === 0);
      const score = before + (factor * tf) / (tf + K1);
      scores[doc] = score;
      matched[doc] = matched[doc]! | slots;
      if (score > best) {
        best = score;
        leader = doc;
      }
    }
    this.leader = leader;
    return count;
  }

  /**
   * Adds the terms' scores to the documents found so far (a positive score marks them). A list
   * much longer than the documents found is not read whole: it is leapt through (in document
   * order, as `touched` is then) to each document found.
   */
  private scoreFound(lookups: readonly Lookup[], found: number): void {
    let sorted = false;
    for (const lookup of lookups) {
      if (this.postingSizes[lookup.termId]! / 2 < found * LEAP_RATIO) {
        this.scoreListed(lookup);
        continue;
      }
      if (!sorted) this.touched.subarray(0, found).sort();
      sorted = true;
      this.scoreLeaping(lookup, found);
    }
  }

  private scoreListed({ termId, factor, slots }: Lookup): void {
    const { scores, matched } = this;
    const list = this.postings[termId]!;
    const size = this.postingSizes[termId]!;
    const { weights } = this;
    const norms = this.fieldNorms();
    for (let i = 0; i < size; i += 2) {
      const doc = list[i]!;
      const before = scores[doc]!;
      // 1 for a document found, else 0: without a branch, as in scoreAll.
      const hit = Number(before !== 0);
      const tf = pseudoFrequency(list[i + 1]!, doc, norms, weights);
      scores[doc] = before + (hit * factor * tf) / (tf + K1);
      matched[doc] = matched[doc]! | (slots & -hit);
    }
  }

  private scoreLeaping({ termId, factor, slots }: Lookup, found: number): void {
    const { scores, matched, touched } = this;
    const list = this.postings[termId]!;
    const postings = this.postingSizes[termId]! / 2;
    const { weights } = this;
    const norms = this.fieldNorms();
    let at = 0;
    for (let k = 0; k < found; k += 1) {
      const doc = touched[k]!;
      if (list[2 * at]! < doc) {
        // Gallop to a posting at or after the document, then halve the last leap.
        let low = at;
        let step = 1;
        let high = at + 1;
        while (high < postings && list[2 * high]! < doc) {
          low = high;
          step *= 2;
          high = low + step;
        }
        low += 1;
        high = Math.min(high, postings);
        while (low < high) {
          const mid = (low + high) >>> 1;
          if (list[2 * mid]! < doc) low = mid + 1;
          else high = mid;
        }
        at = low;
        if (at === postings) return;
      }
      if (list[2 * at] !== doc) continue;
      const tf = pseudoFrequency(list[2 * at + 1]!, doc, norms, weights);
      scores[doc] = scores[doc]! + (factor * tf) / (tf + K1);
      matched[doc] = matched[doc]! | slots;
    }
  }

  private finalScore(doc: number, boost: SearchOptions['boost']): number {
    return this.scores[doc]! * popcount(this.matched[doc]!) * (boost === undefined ? 1 : boost.of(doc));
  }

  private fieldNorms(): FieldNorms {
    if (!this.normsStale) return this.norms;
    if (this.norms.body.length < this.docCount) {
      const size = this.alive.length;
      this.norms = {
        title: new Float64Array(size),
        tags: new Float64Array(size),
        body: new Float64Array(size),
      };
    }
    const { title, tags, body } = this.norms;
    const [titleAverage, tagsAverage, bodyAverage] = this.totalLength.map(
      (total) => (this.live > 0 ? total / this.live : 1) || 1,
    );
    const norm = (length: number, average: number) => 1 / (1 - B + (B * length) / average);
    for (let doc = 0; doc < this.docCount; doc += 1) {
      const base = doc * FIELD_COUNT;
      title[doc] = norm(this.lengths[base]!, titleAverage!);
      tags[doc] = norm(this.lengths[base + 1]!, tagsAverage!);
      body[doc] = norm(this.lengths[base + 2]!, bodyAverage!);
    }
    this.normsStale = false;
    return this.norms;
  }

  /**
   * The best `limit` documents found and how many reach the cutoff, in two passes: final scores
   * (the documents' slots cleared for the next query) with the best so far, then the count.
   */
  private collectTop(found: number, options: SearchOptions): TopDocs {
    const { scores, matched, touched, finals } = this;
    const { limit, boost } = options;
    const docs: number[] = [];
    const top: number[] = [];
    // The last of a full top: a document must beat it (or tie it with a lower number) to get in.
    let bar = -1;
    let barDoc = 0;
    let best = 0;
    for (let i = 0; i < found; i += 1) {
      const doc = touched[i]!;
      const score = this.finalScore(doc, boost);
      scores[doc] = 0;
      matched[doc] = 0;
      finals[i] = score;
      if (score > best) best = score;
      if (score < bar || (score === bar && doc > barDoc) || limit <= 0) continue;
      // Insertion into the short sorted list of the best so far (limit is small).
      let at = top.length;
      while (at > 0 && (top[at - 1]! < score || (top[at - 1] === score && docs[at - 1]! > doc))) at -= 1;
      docs.splice(at, 0, doc);
      top.splice(at, 0, score);
      if (top.length > limit) {
        docs.pop();
        top.pop();
      }
      if (top.length === limit) {
        bar = top[limit - 1]!;
        barDoc = docs[limit - 1]!;
      }
    }
    const cutoff = best * options.minRelativeScore;
    let total = 0;
    for (let i = 0; i < found; i += 1) total += Number(finals[i]! >= cutoff); // no branch, as in scoreAll
    while (top.length > 0 && top[top.length - 1]! < cutoff) {
      docs.pop();
      top.pop();
    }
    return { docs, scores: top, total };
  }

  /** The term as typed plus its closest completions and corrections, each with its weight. */
  private expand(spec: TermSpec): Map<number, number> {
    const found = new Map<number, number>();
    const exact = this.termIds.get(spec.term);
    if (exact !== undefined) found.set(exact, spec.weight);
    const length = spec.term.length;
    if (spec.prefix) {
      for (const id of this.completions(spec.term)) {
        const term = this.termText[id]!;
        found.set(
          id,
          (spec.weight * PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - length)),
        );
      }
    }
    if (spec.maxEdits > 0 && (exact === undefined || this.df(exact) < KNOWN_WORD_DF)) {
      const corrections = [...this.vocabulary.fuzzyGet(spec.term, spec.maxEdits)]
        .filter(([, [id, distance]]) => distance > 0 && !found.has(id))
        .sort((a, b) => a[1][1] - b[1][1] || this.df(b[1][0]) - this.df(a[1][0]))
        .slice(0, MAX_CORRECTIONS);
      for (const [term, [id, distance]] of corrections) {
        found.set(id, (spec.weight * FUZZY_WEIGHT * term.length) / (term.length + distance));
      }
    }
    const cap = Math.max(MIN_EXPANSION_CAP, this.live * MAX_EXPANSION_SHARE);
    for (const id of found.keys()) {
      const df = this.df(id);
      if (df === 0 || (id !== exact && df > cap)) found.delete(id);
    }
    return found;
  }

  /** The closest (shortest, then most used) longer words that start with the prefix. */
  private completions(prefix: string): number[] {
    const sorted = this.sortedTerms();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.termText[sorted[mid]!]! < prefix) low = mid + 1;
      else high = mid;
    }
    const found: number[] = [];
    for (let i = low; i < sorted.length; i += 1) {
      const id = sorted[i]!;
      const term = this.termText[id]!;
      if (!term.startsWith(prefix)) break;
      if (term.length > prefix.length && this.postingSizes[id]! > 0) found.push(id);
    }
    if (found.length <= MAX_COMPLETIONS) return found;
    const length = (id: number) => this.termText[id]!.length;
    return found.sort((a, b) => length(a) - length(b) || this.df(b) - this.df(a)).slice(0, MAX_COMPLETIONS);
  }

  /** Term ids in text order; terms added since the last search are merged in first. */
  private sortedTerms(): number[] {
    const added = this.unsortedTerms;
    if (added.length === 0) return this.sorted;
    const byText = (a: number, b: number) => (this.termText[a]! < this.termText[b]! ? -1 : 1);
    if (added.length > this.sorted.length / 8) {
      this.sorted.push(...added);
      this.sorted.sort(byText);
    } else {
      for (const id of added.sort(byText)) {
        let low = 0;
        let high = this.sorted.length;
        while (low < high) {
          const mid = (low + high) >>> 1;
          if (byText(this.sorted[mid]!, id) < 0) low = mid + 1;
          else high = mid;
        }
        this.sorted.splice(low, 0, id);
      }
    }
    this.unsortedTerms = [];
    return this.sorted;
  }

  private df(termId: number): number {
    return this.postingSizes[termId]! / 2;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termText.push(term) - 1;
      this.termIds.set(term, id);
      this.vocabulary.set(term, id);
      this.unsortedTerms.push(id);
      this.postings.push(new Uint32Array(4));
      this.postingSizes.push(0);
      this.packedScratch = grow(this.packedScratch, id + 1);
    }
    return id;
  }

  private append(termId: number, doc: number, packed: number): void {
    const size = this.postingSizes[termId]!;
    let list = this.postings[termId]!;
    if (size + 2 > list.length) {
      list = grow(list, size + 2);
      this.postings[termId] = list;
    }
    list[size] = doc;
    list[size + 1] = packed;
    this.postingSizes[termId] = size + 2;
  }

  private reserve(docs: number): void {
    this.lengths = grow(this.lengths, docs * FIELD_COUNT);
    this.alive = grow(this.alive, docs);
    this.scores = grow(this.scores, docs);
    this.matched = grow(this.matched, docs);
    this.touched = grow(this.touched, docs + 1); // scoreAll writes one past the documents found
    this.finals = grow(this.finals, docs);
  }

  /** Drops removed documents from the postings, and terms no live document uses any more. */
  private compact(): void {
    for (let t = 0; t < this.postings.length; t += 1) {
      const list = this.postings[t]!;
      let kept = 0;
      for (let i = 0; i < this.postingSizes[t]!; i += 2) {
        if (!this.alive[list[i]!]) continue;
        list[kept] = list[i]!;
        list[kept + 1] = list[i + 1]!;
        kept += 2;
      }
      this.postingSizes[t] = kept;
      const term = this.termText[t]!;
      // A term dropped earlier may be back under a new id: only the current id's entry goes.
      if (kept === 0 && this.termIds.get(term) === t) {
        this.termIds.delete(term);
        this.vocabulary.delete(term);
        this.postings[t] = new Uint32Array(0);
      }
    }
    this.removedInPostings = 0;
  }
}
