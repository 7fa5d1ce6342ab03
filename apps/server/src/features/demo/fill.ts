import { MONTHS_EN, MONTHS_NL, WEEKDAYS_EN, WEEKDAYS_NL, monthOf } from './calendar.js';
import type { CustomerProfile } from './customers.js';
import { STAFF_FIRST_NAMES } from './organisation.js';
import type { Rng } from './prng.js';
import { vocab, type VocabEntry } from './vocabulary.js';

/**
 * A tiny template language, so a few hundred hand-written sentences yield thousands of different
 * texts: `[a|b|]` picks one option (empty allowed, nesting allowed), `{slot}` fills a value,
 * `{v:key}` a word for an official term as a customer would say it, `{off:key}` the official term,
 * `{old:key}` a name the organisation dropped.
 */
export interface FillContext {
  rng: Rng;
  /** When the text was written: months and dates in it lie before this moment. */
  at: number;
  profile?: CustomerProfile;
  /** Chance of the official term instead of a customer word; default per vocabulary entry. */
  officialShare?: number;
}

export function pickTerm(entry: VocabEntry, rng: Rng, officialShare?: number): string {
  if (rng.chance(officialShare ?? entry.officialShare ?? 0.2)) return entry.official;
  const spelling = entry.variants.filter((v) => v.kind === 'spelling');
  if (spelling.length > 0 && rng.chance(0.12)) return rng.pick(spelling).term;
  const synonyms = entry.variants.filter((v) => v.kind === 'synonym');
  return synonyms.length > 0 ? rng.skewed(synonyms, 0.9).term : entry.official;
}

function oldName(entry: VocabEntry, rng: Rng): string {
  const old = entry.variants.filter((v) => v.origin === 'old-name');
  return old.length > 0 ? rng.pick(old).term : (entry.variants[0]?.term ?? entry.official);
}

const ROOMS = [
  'woonkamer',
  'keuken',
  'slaapkamer',
  'badkamer',
  'zolder',
  'bijkeuken',
  'gang',
  'hal',
  'kinderkamer',
  'schuur',
  'garage',
  'voorkamer',
];
const ROOMS_EN = ['living room', 'kitchen', 'bedroom', 'bathroom', 'attic', 'hallway', "kids' room"];
const CRACKS = [
  'scheuren',
  'een scheur',
  'haarscheurtjes',
  'een flinke barst',
  'scheurtjes',
  'een diagonale scheur',
  'nieuwe scheuren',
  'een lange scheur',
];
const WHERE = [
  'boven de voordeur',
  'in de hoek van het plafond',
  'naast het raam',
  'in de buitenmuur',
  'bij de schoorsteen',
  'langs de trap',
  'in de tegels',
  'boven de kozijnen',
  'in de draagmuur',
  'onder de vensterbank',
];
const WHERE_EN = ['above the front door', 'next to the window', 'in the ceiling', 'in the outside wall'];
const WHERE_INSIDE = ['in de slaapkamer', 'achter de kast', 'in de badkamer', 'bij de ramen', 'op de muren'];
const CONTRACTORS = [
  'Bouwbedrijf Wierstra',
  'Kloosterman Bouw',
  'Aannemersbedrijf De Vlijt',
  'Noorderbouw',
  'Van der Molen Renovatie',
  'Bouwcombinatie Eemsrand',
];
const FAMILY = [
  'mijn man',
  'mijn vrouw',
  'mijn moeder',
  'mijn vader',
  'mijn partner',
  'de kinderen',
  'mijn zoon',
];
const PETS = [
  'onze hond',
  'twee katten',
  'een hond en een kat',
  'twee konijnen',
  'een oude kat',
  'een papegaai',
];
const ITEMS = ['kast', 'piano', 'eettafel', 'tv', 'vitrinekast', 'bank', 'wasmachine'];

function amount(rng: Rng): string {
  const n = rng.int(4, 160) * 25;
  const nl = n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}` : String(n);
  return rng.pick([`€ ${nl}`, `${n} euro`, `€ ${nl},-`, `ruim ${Math.round(n / 100) * 100} euro`, `€${n}`]);
}

function monthBefore(ctx: FillContext, names: readonly string[]): string {
  const m = (monthOf(ctx.at) - ctx.rng.int(1, 8) + 24) % 12;
  return names[m] ?? 'maart';
}

type Slot = (ctx: FillContext) => string;

const SLOTS: Record<string, Slot> = {
  room: ({ rng }) => rng.pick(ROOMS),
  room_en: ({ rng }) => rng.pick(ROOMS_EN),
  crack: ({ rng }) => rng.pick(CRACKS),
  where: ({ rng }) => rng.pick(WHERE),
  where_en: ({ rng }) => rng.pick(WHERE_EN),
  where_inside: ({ rng }) => rng.pick(WHERE_INSIDE),
  contractor: ({ rng }) => rng.pick(CONTRACTORS),
  family: ({ rng }) => rng.pick(FAMILY),
  pet: ({ rng }) => rng.pick(PETS),
  item: ({ rng }) => rng.pick(ITEMS),
  amount: ({ rng }) => amount(rng),
  weeks: ({ rng }) => String(rng.int(3, 16)),
  months: ({ rng }) => String(rng.int(3, 20)),
  year: ({ rng }) => String(rng.int(2016, 2023)),
  weekday: ({ rng }) => rng.pick(WEEKDAYS_NL),
  weekday_en: ({ rng }) => rng.pick(WEEKDAYS_EN),
  month: (ctx) => monthBefore(ctx, MONTHS_NL),
  month_en: (ctx) => monthBefore(ctx, MONTHS_EN),
  date: (ctx) => `${ctx.rng.int(1, 28)} ${monthBefore(ctx, MONTHS_NL)}`,
  staff: ({ rng }) =>
    rng.chance(0.7)
      ? rng.pick(STAFF_FIRST_NAMES)
      : rng.pick(['een collega van u', 'die mevrouw aan de telefoon', 'de meneer van de chat']),
  phone: ({ rng }) => `06-${rng.int(10, 99)}${rng.int(100000, 999999)}`,
  dossier: ({ rng, profile }) =>
    profile?.dossier ?? `HBN-${rng.int(2018, 2025)}-${String(rng.int(1000, 99999)).padStart(5, '0')}`,
  town: ({ rng, profile }) => profile?.town ?? rng.pick(['Middelwier', 'Harkezijl', 'Tjaarsum']),
  first: ({ profile }) => profile?.first ?? 'Jan',
  last: ({ profile }) => profile?.last ?? 'Bakker',
  fullname: ({ profile }) => profile?.customer.name ?? 'J. Bakker',
  caller: ({ rng, profile }) => {
    if (!profile) return rng.pick(['Beller', 'Bewoner', 'Anonieme beller']);
    const title =
      profile.gender === 'f' ? rng.pick(['Mevr.', 'Mw.', 'Mevrouw']) : rng.pick(['Dhr.', 'Meneer']);
    return rng.pick([`${title} ${profile.last}`, `${title} ${profile.last}`, 'Bewoner', 'Klant']);
  },
};

const CHOICE = /\[([^[\]]*)\]/;
const SLOT = /\{([a-z_]+)(?::([a-z_]+))?\}/g;

export function fill(template: string, ctx: FillContext): string {
  let text = template;
  // Innermost groups first, so options may contain groups of their own.
  for (let m = CHOICE.exec(text); m; m = CHOICE.exec(text)) {
    const options = (m[1] ?? '').split('|');
    text = text.slice(0, m.index) + ctx.rng.pick(options) + text.slice(m.index + m[0].length);
  }
  text = text.replace(SLOT, (whole, name: string, key: string | undefined) => {
    if (key !== undefined) {
      const entry = vocab(key);
      if (name === 'v') return pickTerm(entry, ctx.rng, ctx.officialShare);
      if (name === 'off') return entry.official;
      if (name === 'old') return oldName(entry, ctx.rng);
      throw new Error(`unknown slot ${whole}`);
    }
    const slot = SLOTS[name];
    if (!slot) throw new Error(`unknown slot ${whole}`);
    return slot(ctx);
  });
  return tidy(text);
}

// A sentence start, but not after an abbreviation such as "i.v.m." or "Mevr."
const SENTENCE_START = /(^|(?<!\b(?:i\.v\.m|o\.a|bijv|ca|nr|[Mm]evr|[Mm]w|[Dd]hr))[.?!]\s+|\n\s*)(\p{Ll})/gu;

/** Collapses the spaces an empty option leaves and capitalises sentence starts. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.?!:;])/g, '$1')
    .replace(/^\s+|\s+$/g, '')
    .replace(SENTENCE_START, (_m, before: string, letter: string) => before + letter.toUpperCase());
}
