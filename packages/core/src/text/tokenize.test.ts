import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './tokenize.js';

const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.folded}`);
const find = (tokens: Token[], folded: string): Token | undefined => tokens.find((t) => t.folded === folded);

describe('tokenize', () => {
  it('splits words and folds them, with offsets into the text', () => {
    const text = 'Wat kost een wisselwoning? Ik betaal geen huur.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.folded)).toEqual([
      'wat',
      'kost',
      'een',
      'wisselwoning',
      'ik',
      'betaal',
      'geen',
      'huur',
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps e-mail addresses and URLs whole', () => {
    expect(kinds('Mail naar Info@Herstelbureau-Noord.nl.')).toContain('email:info@herstelbureau-noord.nl');
    expect(kinds('Zie https://www.herstelbureau-noord.example/help/kap-vergunning.')).toContain(
      'url:https://www.herstelbureau-noord.example/help/kap-vergunning',
    );
    expect(kinds('(www.gemeente.nl)')).toEqual(['url:www.gemeente.nl']);
  });

  it('reads a Dutch postcode as one token, with or without the space', () => {
    const tokens = tokenize('Wij wonen op 9712 AB, niet 9712AB.');
    expect(tokens.filter((t) => t.kind === 'postcode').map((t) => [t.text, t.folded])).toEqual([
      ['9712 AB', '9712ab'],
      ['9712AB', '9712ab'],
    ]);
  });

  it('does not take a year followed by a word for a postcode', () => {
    expect(kinds('in 2024 en 2025')).toEqual(['word:in', 'number:2024', 'word:en', 'number:2025']);
    expect(kinds('sinds 2024 SS')).not.toContain('postcode:2024ss');
  });

  it('keeps case and dossier numbers whole', () => {
    expect(kinds('Dossiernummer HN-2024-0193, zie ook HBN-2021-04567.')).toEqual([
      'word:dossiernummer',
      'code:hn-2024-0193',
      'word:zie',
      'word:ook',
      'code:hbn-2021-04567',
    ]);
    expect(kinds('Bel 06-12345678 over de A7')).toEqual([
      'word:bel',
      'code:06-12345678',
      'word:over',
      'word:de',
      'code:a7',
    ]);
  });

  it('reads numbers with separators as one number', () => {
    expect(kinds('U krijgt 1.500 euro, of € 1.250,50.')).toEqual([
      'word:u',
      'word:krijgt',
      'number:1.500',
      'word:euro',
      'word:of',
      'number:1.250,50',
    ]);
  });

  it('marks capitalised words in mid-sentence as names', () => {
    const tokens = tokenize('Dan biedt Herstelbureau Noord u een wisselwoning aan. Kijk in Mijn Dossier.');
    expect(tokens.filter((t) => t.kind === 'name').map((t) => t.folded)).toEqual([
      'herstelbureau',
      'noord',
      'mijn',
      'dossier',
    ]);
    expect(find(tokens, 'dan')?.kind).toBe('word');
    expect(find(tokens, 'kijk')?.kind).toBe('word');
  });

  it('starts a new sentence at a line break', () => {
    const tokens = tokenize('Hoe lang\nDe gemiddelde verblijfsduur');
    expect(find(tokens, 'de')?.kind).toBe('word');
  });

  it('marks acronyms and names with an inner capital as names anywhere', () => {
    const tokens = tokenize('BSN en DigiD heeft u nodig. DigiD werkt niet.');
    expect(tokens.filter((t) => t.kind === 'name').map((t) => t.text)).toEqual(['BSN', 'DigiD', 'DigiD']);
  });

  it('reads capitals as no names in Title Case or in shouting', () => {
    expect(tokenize('How To Report Damage To Your Home').every((t) => t.kind === 'word')).toBe(true);
    expect(tokenize('IK WIL MIJN GELD TERUG').every((t) => t.kind === 'word')).toBe(true);
  });

  it('does not take the English "I" for a name', () => {
    expect(kinds("Yes, I think I'm right")).toEqual([
      'word:yes',
      'word:i',
      'word:think',
      "word:i'm",
      'word:right',
    ]);
  });

  it('keeps hyphenated words and apostrophes inside one token', () => {
    expect(kinds("Stuur een e-mail met foto's uit Noord-Holland")).toEqual([
      'word:stuur',
      'word:een',
      'word:e-mail',
      'word:met',
      "word:foto's",
      'word:uit',
      'name:noord-holland',
    ]);
  });

  it('segments scripts without spaces', () => {
    expect(tokenize('日本語のテキスト').length).toBeGreaterThan(1);
  });
});
