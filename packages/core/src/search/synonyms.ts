import type { SearchAnalyzer } from './analyzer.js';

/** An approved glossary pair: the customers' word and the organisation's term for the same thing. */
export interface SynonymPair {
  customerTerm: string;
  officialTerm: string;
  /** "spelling" variants help search but are not shown to customers as another name. */
  kind?: 'synonym' | 'spelling';
}

interface Phrase {
  terms: string[];
  group: number;
  /** The customer's word as written, or undefined for the official term itself. */
  customerTerm?: string;
  kind?: SynonymPair['kind'];
}

/** Another way to say part of a query: its terms, and the query positions it stands in for. */
export interface Alternative {
  terms: string[];
  positions: number[];
}

const key = (terms: readonly string[]) => terms.join(' ');

function occursAt(terms: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((term, k) => terms[at + k] === term);
}

/**
 * Approved pairs grouped per official term: every phrase in a group (the official term and each
 * customer term) stands for the others. Phrases are kept as analysed terms, so they are found in
 * an analysed query or article whatever the case, diacritics or (with a stemmer) word form.
 */
export class SynonymSet {
  private readonly byFirstTerm = new Map<string, Phrase[]>();
  private readonly groups: Phrase[][] = [];

  constructor(pairs: readonly SynonymPair[], analyzer: SearchAnalyzer) {
    const groupOf = new Map<string, number>();
    const seen = new Set<string>();
    const add = (phrase: Phrase) => {
      if (phrase.terms.length === 0 || seen.has(`${phrase.group}:${key(phrase.terms)}`)) return;
      seen.add(`${phrase.group}:${key(phrase.terms)}`);
      this.groups[phrase.group]!.push(phrase);
      const first = phrase.terms[0]!;
      const starting = this.byFirstTerm.get(first);
      if (starting) starting.push(phrase);
      else this.byFirstTerm.set(first, [phrase]);
    };
    for (const pair of pairs) {
      const official = analyzer(pair.officialTerm);
      let group = groupOf.get(key(official));
      if (group === undefined) {
        group = this.groups.push([]) - 1;
        groupOf.set(key(official), group);
        add({ terms: official, group });
      }
      add({ terms: analyzer(pair.customerTerm), group, customerTerm: pair.customerTerm, kind: pair.kind });
    }
  }

  get size(): number {
    return this.groups.length;
  }

  /**
   * The phrases that mean the same as a phrase found in the (analysed) query, each with the query
   * positions it stands in for: in "noodwoning huur", "noodwoning" gives ["wisselwoning"] at [0];
   * "wisselwoning" gives every approved customer word for it.
   */
  alternatives(terms: readonly string[], max: number): Alternative[] {
    const found = new Set<string>();
    const positions = new Map<number, number[]>();
    this.scan(terms, (phrase, at) => {
      found.add(key(phrase.terms));
      const group = positions.get(phrase.group) ?? [];
      for (let k = 0; k < phrase.terms.length; k += 1) if (!group.includes(at + k)) group.push(at + k);
      positions.set(phrase.group, group);
    });
    const out = new Map<string, Alternative>();
    for (const [group, at] of positions) {
      for (const phrase of this.groups[group]!) {
        const k = key(phrase.terms);
        const known = out.get(k);
        if (known) known.positions = [...new Set([...known.positions, ...at])];
        else if (!found.has(k)) out.set(k, { terms: phrase.terms, positions: at });
      }
    }
    return [...out.values()].slice(0, max);
  }

  /** Customer words (not spelling variants) for the official terms that occur in the analysed text. */
  customerTermsFor(terms: readonly string[]): string[] {
    const out = new Set<string>();
    this.scan(terms, (phrase) => {
      if (phrase.customerTerm !== undefined) return;
      for (const variant of this.groups[phrase.group]!) {
        if (variant.customerTerm !== undefined && variant.kind !== 'spelling') out.add(variant.customerTerm);
      }
    });
    return [...out].sort((a, b) => a.localeCompare(b, 'nl'));
  }

  private scan(terms: readonly string[], onMatch: (phrase: Phrase, at: number) => void): void {
    for (let at = 0; at < terms.length; at += 1) {
      for (const phrase of this.byFirstTerm.get(terms[at]!) ?? []) {
        if (occursAt(terms, at, phrase.terms)) onMatch(phrase, at);
      }
    }
  }
}
