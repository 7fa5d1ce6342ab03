import type { Rng } from './prng.js';

/**
 * Fictional households in a fictional region, and the people who contact the organisation for
 * them. One household often has two contacts (partners, a son or daughter who helps), which is
 * what makes "one view per household" worth having.
 */
export interface DemoCustomer {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  lang: 'nl' | 'en';
  address: string;
  postcode: string;
  household: string;
}

/** What the generator knows about a customer beyond the import record. */
export interface CustomerProfile {
  customer: DemoCustomer;
  first: string;
  last: string;
  gender: 'f' | 'm';
  town: string;
  dossier: string;
  /** Which journeys the household is in: damage only, strengthening only, or both. */
  track: 'schade' | 'versterking' | 'beide';
  /** Relative chance of contacting the organisation: a few people write very often. */
  activity: number;
}

/** The import record (`import customers`): address data goes into meta, which the format allows. */
export function toCustomerInput(c: DemoCustomer): {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  lang: 'nl' | 'en';
  meta: { household: string; address: string; postcode: string };
} {
  return {
    id: c.id,
    name: c.name,
    ...(c.email ? { email: c.email } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    lang: c.lang,
    meta: { household: c.household, address: c.address, postcode: c.postcode },
  };
}

// Towns with a weight (bigger villages have more households) and an invented postcode range.
const TOWNS: [name: string, weight: number, postcode: number][] = [
  ['Middelwier', 18, 9891],
  ['Harkezijl', 14, 9893],
  ['Tjaarsum', 12, 9895],
  ['Wolderum', 9, 9897],
  ['Oosterdiep', 9, 9901],
  ['Eekerhorn', 7, 9903],
  ['Noordmeeden', 7, 9905],
  ['Zandwierde', 6, 9907],
  ['Uiterburen', 5, 9911],
  ['Steenwolderzijl', 4, 9913],
];

const STREETS = [
  'Hoofdstraat',
  'Kerkstraat',
  'Molenweg',
  'Dorpsstraat',
  'Wierdeweg',
  'Schoolstraat',
  'Stationsweg',
  'Zijlvest',
  'Oosterweg',
  'Meedenlaan',
  'Borgweg',
  'Kanaalweg',
  'Pastorielaan',
  'Deepsterweg',
  'Kapelstraat',
  'Tilweg',
  'Westerburen',
  'Kloosterlaan',
  'Heerdweg',
  'Maarweg',
];

const FIRST_F = [
  'Anneke',
  'Grietje',
  'Hilda',
  'Trijntje',
  'Aaltje',
  'Marieke',
  'Ingrid',
  'Jantina',
  'Roelie',
  'Sanne',
  'Lisa',
  'Femke',
  'Lieke',
  'Fenna',
  'Wilma',
  'Greet',
  'Janny',
  'Henny',
  'Esther',
  'Karin',
  'Ilse',
  'Nienke',
  'Bertha',
  'Jolanda',
  'Tineke',
  'Sietske',
  'Margriet',
  'Anouk',
  'Froukje',
  'Diny',
];

const FIRST_M = [
  'Geert',
  'Jan',
  'Henk',
  'Klaas',
  'Roelf',
  'Harm',
  'Bert',
  'Jelle',
  'Wietse',
  'Siebe',
  'Daan',
  'Sem',
  'Roel',
  'Albert',
  'Hendrik',
  'Egbert',
  'Pieter',
  'Freek',
  'Willem',
  'Jacob',
  'Menno',
  'Tjeerd',
  'Derk',
  'Berend',
  'Koen',
  'Marco',
  'Erik',
  'Jurjen',
  'Lammert',
  'Gerrit',
];

const LAST = [
  'Bakker',
  'Dijkstra',
  'Kuipers',
  'Smit',
  'Mulder',
  'de Vries',
  'Hoekstra',
  'Bosma',
  'Wiersma',
  'Huizinga',
  'Oosterhuis',
  'Zuidema',
  'Veenstra',
  'Jansen',
  'Pol',
  'Kremer',
  'de Boer',
  'Tuinstra',
  'Meijer',
  'Nienhuis',
  'Pieters',
  'Schuiling',
  'Dekker',
  'Wolthuis',
  'Stol',
  'Kamminga',
  'Ritsema',
  'Havinga',
  'Oldenhof',
  'Jonker',
  'Groenewold',
  'van der Veen',
  'Westra',
  'Bouwman',
  'Haan',
  'Vos',
  'Brouwer',
  'Tiemens',
  'Eerkens',
  'Lubbers',
];

// Expats who moved to the region for work; they write in English.
const EXPAT_F = ['Sarah', 'Emily', 'Priya', 'Ana', 'Olivia', 'Kateryna', 'Chloe', 'Maria'];
const EXPAT_M = ['James', 'Michael', 'Tomasz', 'Daniel', 'Raj', 'Liam', 'Mateo', 'Oleksandr'];
const EXPAT_LAST = [
  'Mitchell',
  "O'Brien",
  'Kowalski',
  'Sharma',
  'Novak',
  'Fernandes',
  'Walsh',
  'Thompson',
  'Petrenko',
  'Okafor',
  'Hughes',
  'Lindqvist',
];

const MAIL_DOMAINS = ['mail.example', 'post.example', 'inbox.example', 'noordnet.example', 'webmail.example'];

function slugName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';

export interface CustomerSet {
  customers: DemoCustomer[];
  profiles: CustomerProfile[];
}

export function generateCustomers(rng: Rng, households = 540): CustomerSet {
  const profiles: CustomerProfile[] = [];
  const emails = new Set<string>();
  const phones = new Set<string>();
  const addresses = new Set<string>();

  const uniquePhone = (): string => {
    for (;;) {
      const mobile = rng.chance(0.75);
      const digits = mobile
        ? `06-${rng.int(10, 99)}${rng.int(100000, 999999)}`
        : `0596-${rng.int(100000, 699999)}`;
      if (!phones.has(digits)) {
        phones.add(digits);
        return digits;
      }
    }
  };
  const uniqueEmail = (first: string, last: string): string => {
    const f = slugName(first);
    const l = slugName(last);
    for (let attempt = 0; ; attempt++) {
      const base = rng.pick([
        `${f}.${l}`,
        `${f[0] ?? 'x'}.${l}`,
        `${f}${l}`,
        `${f}.${l}${rng.int(50, 99)}`,
        `${l}.${f[0] ?? 'x'}`,
        `${f}${rng.int(1, 999)}`,
      ]);
      const email = `${base}${attempt > 2 ? attempt : ''}@${rng.pick(MAIL_DOMAINS)}`;
      if (!emails.has(email)) {
        emails.add(email);
        return email;
      }
    }
  };

  let person = 0;
  for (let h = 1; h <= households; h++) {
    const [town, , postcodeBase] = rng.weighted(
      TOWNS,
      TOWNS.map((t) => t[1]),
    );
    let address: string;
    do {
      address = `${rng.pick(STREETS)} ${rng.int(1, 140)}${rng.chance(0.08) ? rng.pick(['a', 'b', '-1']) : ''}`;
    } while (addresses.has(`${address}|${town}`));
    addresses.add(`${address}|${town}`);
    const postcode = `${postcodeBase + rng.int(0, 1)} ${rng.pick([...LETTERS])}${rng.pick([...LETTERS])}`;
    const household = `hh-${String(h).padStart(4, '0')}`;
    const expat = rng.chance(0.045);
    const lang: 'nl' | 'en' = expat ? 'en' : 'nl';
    const familyName = expat ? rng.pick(EXPAT_LAST) : rng.pick(LAST);
    const track = rng.weighted(['schade', 'versterking', 'beide'] as const, [55, 20, 25]);
    const dossier = `HBN-${rng.int(2018, 2025)}-${String(rng.int(1000, 99999)).padStart(5, '0')}`;
    const size = rng.weighted([1, 2, 3], [64, 31, 5]);
    for (let m = 0; m < size; m++) {
      person += 1;
      const gender: 'f' | 'm' = rng.chance(0.52) ? 'f' : 'm';
      const first = expat
        ? rng.pick(gender === 'f' ? EXPAT_F : EXPAT_M)
        : rng.pick(gender === 'f' ? FIRST_F : FIRST_M);
      // A partner sometimes kept their own name; a third member is a grown-up child who helps.
      const last = m === 1 && rng.chance(0.35) ? (expat ? rng.pick(EXPAT_LAST) : rng.pick(LAST)) : familyName;
      const hasEmail = rng.chance(m === 0 ? 0.82 : 0.7);
      const hasPhone = !hasEmail || rng.chance(0.8);
      const customer: DemoCustomer = {
        id: `klant-${String(person).padStart(5, '0')}`,
        name: `${first} ${last}`,
        ...(hasEmail ? { email: uniqueEmail(first, last) } : {}),
        ...(hasPhone ? { phone: uniquePhone() } : {}),
        lang,
        address: `${address}, ${town}`,
        postcode,
        household,
      };
      profiles.push({
        customer,
        first,
        last,
        gender,
        town,
        dossier,
        track,
        // Heavy-tailed: most people write a few times a year, some write every week.
        activity: Math.min(
          40,
          m === 0 ? Math.pow(1 - rng.next(), -0.7) : 0.4 * Math.pow(1 - rng.next(), -0.5),
        ),
      });
    }
  }
  return { customers: profiles.map((p) => p.customer), profiles };
}
