import type { Rng } from './prng.js';

/**
 * Makes a tidy sentence look typed by a real person: typos, d/t mistakes, chat shorthand, no
 * capitals, missing full stops, shouting. Analysers must cope with this, so the demo has it.
 */
const SHORTHAND: [RegExp, string][] = [
  [/\beven\b/g, 'ff'],
  [/\bmet vriendelijke groet\b/gi, 'mvg'],
  [/\balsjeblieft\b/g, 'aub'],
  [/\bik weet\b/g, 'k weet'],
  [/\bniet\b/g, 'nie'],
  [/\bnog steeds\b/g, 'nogsteeds'],
  [/\bhelemaal\b/g, 'hele maal'],
  [/\beigenlijk\b/g, 'eigelijk'],
  [/\bgebeld\b/g, 'gebelt'],
  [/\bgebeurt\b/g, 'gebeurd'],
  [/\bwordt\b/g, 'word'],
  [/\bbedankt\b/gi, 'thx'],
  [/\bin ieder geval\b/g, 'iig'],
  [/\bmisschien\b/g, 'mischien'],
  [/\bvanwege\b/g, 'ivm'],
  [/\bmet betrekking tot\b/g, 'mbt'],
];

function typo(word: string, rng: Rng): string {
  if (word.length < 5 || !/^\p{L}+$/u.test(word)) return word;
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0: // swap two letters
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    case 1: // drop a letter
      return word.slice(0, i) + word.slice(i + 1);
    case 2: // double a letter
      return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
    default: // a neighbouring key
      return word.slice(0, i) + rng.pick(['e', 'r', 'n', 'm', 'o', 'i']) + word.slice(i + 1);
  }
}

/** level 0..1: how messy the channel is (chat high, staff notes low). */
export function roughen(text: string, rng: Rng, level: number): string {
  if (!rng.chance(level)) return text;
  let out = text;
  if (rng.chance(0.5)) {
    const words = out.split(' ');
    const count = rng.int(1, Math.max(1, Math.round(words.length / 18)));
    for (let k = 0; k < count; k++) {
      const i = rng.int(0, words.length - 1);
      words[i] = typo(words[i] ?? '', rng);
    }
    out = words.join(' ');
  }
  for (const [pattern, replacement] of SHORTHAND) {
    if (pattern.test(out) && rng.chance(0.35)) out = out.replace(pattern, replacement);
    pattern.lastIndex = 0;
  }
  if (rng.chance(0.35 * level)) out = out.toLowerCase();
  if (rng.chance(0.3)) out = out.replace(/\.(\s|$)/g, (_m, s: string) => (rng.chance(0.6) ? s : '.' + s));
  if (rng.chance(0.12)) out = out.replace(/([!?])(\s|$)/, '$1$1$1$2');
  if (rng.chance(0.05)) out = out.toUpperCase();
  return out.trim();
}
