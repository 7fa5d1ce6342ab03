import SearchableMap from 'minisearch/SearchableMap';

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
// Removed documents stay in the postings (skipped when scoring) until they are this share of all.
const COMPACT_SHARE = 0.2;
const FIELD_COUNT = 3;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function grow<T extends Uint32Array | Uint8Array | Float64Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
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

  /** Per document and field: 1 - b + b * length / average length, recomputed after changes. */
  private norms = new Float64Array(0);
  private normsStale = true;
  // Per-query scratch space, sized to the documents and reset after each query.
  private scores = new Float64Array(64);
  private matched = new Uint32Array(64);
  private touched = new Uint32Array(64);
  private packedScratch = new Uint32Array(64);

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
   */
  search(
    specs: readonly TermSpec[],
    options: { limit: number; minRelativeScore: number; boost?: (doc: number) => number },
  ): TopDocs {
    let touchedCount = 0;
    const [wTitle, wTags, wBody] = [this.weights.title, this.weights.tags, this.weights.body];
    const { scores, matched, touched, alive } = this;
    const norms = this.fieldNorms();
    for (const spec of specs) {
      for (const [termId, weight] of this.expand(spec)) {
        const list = this.postings[termId]!;
        const size = this.postingSizes[termId]!;
        // Until compaction the postings still count removed documents: never more than are live.
        const df = Math.min(size / 2, this.live);
        const idf = Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
        const factor = weight * idf * (K1 + 1);
        for (let i = 0; i < size; i += 2) {
          const doc = list[i]!;
          if (!alive[doc]) continue;
          const packed = list[i + 1]!;
          const base = doc * FIELD_COUNT;
          const tf =
            (wTitle * (packed & 0xff)) / norms[base]! +
            (wTags * ((packed >>> 8) & 0xff)) / norms[base + 1]! +
            (wBody * (packed >>> 16)) / norms[base + 2]!;
          if (scores[doc] === 0) touched[touchedCount++] = doc;
          scores[doc] = scores[doc]! + (factor * tf) / (tf + K1);
          matched[doc] = matched[doc]! | spec.slots;
        }
      }
    }
    return this.collectTop(touchedCount, options);
  }

  private fieldNorms(): Float64Array {
    if (!this.normsStale) return this.norms;
    const size = this.docCount * FIELD_COUNT;
    if (this.norms.length < size) this.norms = new Float64Array(this.lengths.length);
    const average = this.totalLength.map((total) => (this.live > 0 ? total / this.live : 1) || 1);
    for (let i = 0; i < size; i += 1) {
      this.norms[i] = 1 - B + (B * this.lengths[i]!) / average[i % FIELD_COUNT]!;
    }
    this.normsStale = false;
    return this.norms;
  }

  private collectTop(
    touchedCount: number,
    options: { limit: number; minRelativeScore: number; boost?: (doc: number) => number },
  ): TopDocs {
    const { scores, matched, touched } = this;
    let best = 0;
    for (let i = 0; i < touchedCount; i += 1) {
      const doc = touched[i]!;
      scores[doc] = scores[doc]! * popcount(matched[doc]!) * (options.boost?.(doc) ?? 1);
      if (scores[doc] > best) best = scores[doc];
    }
    const cutoff = best * options.minRelativeScore;
    const docs: number[] = [];
    const top: number[] = [];
    let total = 0;
    for (let i = 0; i < touchedCount; i += 1) {
      const doc = touched[i]!;
      const score = scores[doc]!;
      scores[doc] = 0;
      matched[doc] = 0;
      if (score < cutoff) continue;
      total += 1;
      if (top.length >= options.limit && (top.length === 0 || score <= top[top.length - 1]!)) continue;
      // Insertion into the short sorted list of the best so far (limit is small).
      let at = Math.min(top.length, options.limit - 1);
      while (at > 0 && (top[at - 1]! < score || (top[at - 1] === score && docs[at - 1]! > doc))) at -= 1;
      docs.splice(at, 0, doc);
      top.splice(at, 0, score);
      if (top.length > options.limit) {
        docs.pop();
        top.pop();
      }
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
    this.touched = grow(this.touched, docs);
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
