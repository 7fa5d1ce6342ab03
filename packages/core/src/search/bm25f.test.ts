import { describe, expect, it } from 'vitest';
import { words } from '../intents/features.js';
import { Bm25fIndex, type TermSpec } from './bm25f.js';

const WEIGHTS = { title: 3, tags: 2, body: 1 };
const exact = (term: string, position = 0): TermSpec => ({
  term,
  slots: 1 << position,
  weight: 1,
  prefix: false,
  maxEdits: 0,
});
const options = { limit: 10, minRelativeScore: 0 };

function build(docs: [string, string][]): Bm25fIndex {
  const index = new Bm25fIndex(WEIGHTS);
  for (const [title, body] of docs) index.add(words(title), [], words(body));
  return index;
}

describe('Bm25fIndex', () => {
  it('ranks a word in the title above the same word in the body', () => {
    const index = build([
      ['Verhuizen', 'Informatie over de wisselwoning en de verhuizing.'],
      ['De wisselwoning', 'Informatie over verhuizen en de verhuizing.'],
    ]);
    expect(index.search([exact('wisselwoning')], options).docs).toEqual([1, 0]);
  });

  it('ranks documents matching more query words first, and rarer words above common ones', () => {
    const index = build([
      ['schade', 'schade schade schade melden'],
      ['opname', 'de opname van de schade'],
      ['schade', 'schade aan het huis'],
    ]);
    const top = index.search([exact('opname', 0), exact('schade', 1)], options);
    expect(top.docs[0]).toBe(1);
    expect(index.search([exact('opname'), exact('huis', 1)], options).total).toBe(2);
  });

  it('returns the same best documents with a small limit as with a large one', () => {
    const random = (() => {
      let seed = 7;
      return () => (seed = (seed * 48271) % 2147483647) / 2147483647; // Park-Miller
    })();
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((x) => `${x}woord`);
    const index = new Bm25fIndex(WEIGHTS);
    for (let i = 0; i < 300; i += 1) {
      const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
      index.add([pick()], [], Array.from({ length: 5 + Math.floor(random() * 30) }, pick));
    }
    const specs = [exact('awoord', 0), exact('cwoord', 1), exact('hwoord', 2)];
    const all = index.search(specs, { limit: 300, minRelativeScore: 0 });
    const five = index.search(specs, { limit: 5, minRelativeScore: 0 });
    expect(five.docs).toEqual(all.docs.slice(0, 5));
    expect(five.total).toBe(all.total);
    expect(all.scores).toEqual([...all.scores].sort((x, y) => y - x));
  });

  it('skips no document that reaches the cutoff, however common or rare the words', () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647; // Park-Miller
    // Word i or a later one is picked with chance 1/(i+1)²: from words in every document to rare ones.
    const vocabulary = Array.from({ length: 12 }, (_, i) => `woord${i}`);
    const pick = () => vocabulary[Math.min(11, Math.floor(1 / Math.sqrt(random())) - 1)]!;
    const index = new Bm25fIndex(WEIGHTS);
    for (let i = 0; i < 500; i += 1) {
      index.add([pick()], [], Array.from({ length: 3 + Math.floor(random() * 40) }, pick));
    }
    const boost = { of: (doc: number) => (doc % 3 === 0 ? 1.5 : 1), max: 1.5 };
    for (let q = 0; q < 60; q += 1) {
      const specs = Array.from({ length: 1 + (q % 4) }, (_, position) => exact(pick(), position));
      const every = index.search(specs, { limit: 500, minRelativeScore: 0, boost });
      const cutoff = (every.scores[0] ?? 0) * 0.2;
      const kept = every.scores.filter((score) => score >= cutoff).length;
      const top = index.search(specs, { limit: 4, minRelativeScore: 0.2, boost });
      expect(top.docs).toEqual(every.docs.slice(0, Math.min(4, kept)));
      expect(top.total).toBe(kept);
    }
  });

  it('drops results far below the best with a relative cutoff', () => {
    const index = build([
      ['wisselwoning', 'wisselwoning huur'],
      ['verhuizen', 'een lange tekst met het woord huur erin en veel andere woorden om het lang te maken'],
    ]);
    const specs = [exact('wisselwoning', 0), exact('huur', 1)];
    expect(index.search(specs, { limit: 10, minRelativeScore: 0 }).total).toBe(2);
    expect(index.search(specs, { limit: 10, minRelativeScore: 0.5 }).docs).toEqual([0]);
  });

  it('completes a prefix to the shortest words first', () => {
    const index = build([
      ['wisselwoning', ''],
      ['wisselwoningpark', ''],
      ['wissel', ''],
    ]);
    const top = index.search([{ ...exact('wisselw'), prefix: true }], options);
    expect(top.docs).toEqual([0, 1]);
  });

  it('corrects typos within the edit budget, but takes a word several documents use as meant', () => {
    const index = build([
      ['wisselwoning', ''],
      ['kisten', 'kisten'],
      ['kisten', ''],
      ['kosten', ''],
    ]);
    expect(index.search([{ ...exact('wisselwonnig'), maxEdits: 2 }], options).docs).toEqual([0]);
    expect(index.search([{ ...exact('wisselwonnig'), maxEdits: 1 }], options).docs).toEqual([]);
    expect(index.search([{ ...exact('kisten'), maxEdits: 1 }], options).docs).toEqual([1, 2]);
  });

  it('forgets removed documents, also after compacting, and their words', () => {
    const index = build([['blijft', 'vaste tekst']]);
    for (let i = 0; i < 40; i += 1) index.remove(index.add(words(`tijdelijk${i}`), [], words('weg')));
    expect(index.size).toBe(1);
    expect(index.search([exact('weg')], options).docs).toEqual([]);
    expect(index.search([{ ...exact('tijd'), prefix: true }], options).docs).toEqual([]);
    expect(index.search([exact('vaste')], options).docs).toEqual([0]);
    const again = index.add(words('tijdelijk3'), [], []);
    expect(index.search([{ ...exact('tijd'), prefix: true }], options).docs).toEqual([again]);
    // A word that came back keeps working through later compactions.
    for (let i = 0; i < 40; i += 1) index.remove(index.add(words(`ander${i}`), [], []));
    expect(index.search([exact('tijdelijk3')], options).docs).toEqual([again]);
  });

  it('finds nothing in an empty index', () => {
    expect(new Bm25fIndex(WEIGHTS).search([exact('iets')], options)).toEqual({
      docs: [],
      scores: [],
      total: 0,
    });
  });
});
