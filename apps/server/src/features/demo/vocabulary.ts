/**
 * The vocabulary gap the demo is built around: the organisation's official terms, and the words
 * customers use for the same thing (everyday words, names the organisation dropped years ago,
 * compounds the help centre does not split, and misspellings). Signals, searches and labels draw
 * their wording from here, so the gap shows up consistently across every channel.
 */
export type VariantKind = 'synonym' | 'spelling';

export interface Variant {
  term: string;
  kind: VariantKind;
  /** Why customers use it: their own word, an old name the organisation dropped, or a compound. */
  origin?: 'old-name' | 'compound';
}

export interface VocabEntry {
  /** Slot name used in the text templates: {v:key}. */
  key: string;
  official: string;
  lang: 'nl' | 'en';
  /** The article that explains the official term; a successful search opens this one. */
  article: string;
  /** Customer words, most common first. */
  variants: Variant[];
  /** Words customers add to the term when they search ("noodwoning aanvragen"). */
  tails: string[];
  /** How often customers use the official term themselves in messages (default 0.2). */
  officialShare?: number;
}

const syn = (term: string, extra: Partial<Variant> = {}): Variant => ({ term, kind: 'synonym', ...extra });
const old = (term: string): Variant => ({ term, kind: 'synonym', origin: 'old-name' });
const comp = (term: string): Variant => ({ term, kind: 'synonym', origin: 'compound' });
const typo = (term: string, extra: Partial<Variant> = {}): Variant => ({ term, kind: 'spelling', ...extra });

export const VOCABULARY: VocabEntry[] = [
  {
    key: 'schademelding',
    official: 'schademelding',
    lang: 'nl',
    article: 'kb-schade-melden',
    variants: [
      syn('schade doorgeven'),
      syn('scheuren melden'),
      syn('schade aangeven'),
      syn('schadeclaim'),
      syn('claim indienen'),
      typo('schade melding'),
      typo('schademeldng'),
    ],
    tails: ['', '', 'doen', 'online', 'hoe'],
  },
  {
    key: 'opname',
    official: 'opname',
    lang: 'nl',
    article: 'kb-opname',
    variants: [
      old('inspectie'),
      syn('taxatie'),
      syn('keuring'),
      syn('schouw'),
      syn('schade-expert'),
      typo('opnamme'),
    ],
    tails: ['', '', 'wanneer', 'hoe lang duurt', 'afspraak'],
  },
  {
    key: 'opnamerapport',
    official: 'opnamerapport',
    lang: 'nl',
    article: 'kb-opnamerapport',
    variants: [
      syn('inspectierapport'),
      syn('taxatierapport'),
      syn('uitslag keuring'),
      syn('schaderapport'),
      typo('opname rapport'),
      typo('opnamerapprt'),
    ],
    tails: ['', '', 'ontvangen', 'klopt niet', 'lezen'],
  },
  {
    key: 'contra_expertise',
    official: 'contra-expertise',
    lang: 'nl',
    article: 'kb-contra-expertise',
    variants: [
      syn('second opinion'),
      syn('tweede mening'),
      syn('eigen expert'),
      syn('eigen deskundige'),
      typo('contra expertise'),
      typo('contraexpertise'),
      typo('contra-expertice'),
    ],
    tails: ['', '', 'kosten', 'aanvragen'],
  },
  {
    key: 'acuut_onveilig',
    official: 'acuut onveilige situatie',
    lang: 'nl',
    article: 'kb-acuut-onveilig',
    variants: [
      syn('instortingsgevaar'),
      syn('gevaarlijke situatie'),
      syn('noodgeval'),
      syn('spoedmelding'),
      syn('onveilig huis'),
      typo('akuut onveilige situatie'),
    ],
    tails: ['', '', 'melden', 'wat te doen'],
  },
  {
    key: 'vaste_schadevergoeding',
    official: 'vaste schadevergoeding',
    lang: 'nl',
    article: 'kb-vaste-schadevergoeding',
    variants: [
      old('snelle schaderegeling'),
      old('ssr'),
      syn('5000 euro regeling'),
      syn('vast bedrag'),
      typo('vaste schade vergoeding'),
    ],
    tails: ['', '', 'aanvragen', 'voorwaarden'],
  },
  {
    key: 'stuwmeerregeling',
    official: 'stuwmeerregeling',
    lang: 'nl',
    article: 'kb-stuwmeerregeling',
    variants: [
      old('regeling oude meldingen'),
      syn('achterstandsregeling'),
      syn('oude schademelding'),
      typo('stuwmeer regeling'),
      typo('stuwmeerrelgeling'),
    ],
    tails: ['', '', 'voorwaarden', 'wanneer'],
  },
  {
    key: 'versterkingsadvies',
    official: 'versterkingsadvies',
    lang: 'nl',
    article: 'kb-versterkingsadvies',
    variants: [
      syn('veiligheidsadvies'),
      old('engineeringsrapport'),
      syn('rapport versterking'),
      syn('adviesrapport'),
      typo('versterkings advies'),
      typo('versterkingsadvis'),
      typo('versterkingadvies'),
    ],
    tails: ['', '', 'uitleg', 'wanneer'],
  },
  {
    key: 'bouwkundige_versterking',
    official: 'bouwkundige versterking',
    lang: 'nl',
    article: 'kb-bouwkundige-versterking',
    variants: [
      syn('huis verstevigen'),
      syn('versteviging'),
      syn('aardbevingsbestendig maken'),
      syn('huis steviger maken'),
      typo('bouwkundige versterkng'),
    ],
    tails: ['', '', 'wat gebeurt er', 'hoe lang'],
  },
  {
    key: 'schoorsteenafname',
    official: 'schoorsteenafname',
    lang: 'nl',
    article: 'kb-schoorsteenafname',
    variants: [
      syn('schoorsteen weghalen'),
      syn('schoorsteen slopen'),
      syn('schoorsteen eraf'),
      syn('schoorsteen verwijderen'),
      typo('schoorsteen afname'),
      typo('schoorsteenafnamen'),
    ],
    tails: ['', '', 'kosten', 'verplicht'],
  },
  {
    key: 'funderingsherstel',
    official: 'funderingsherstel',
    lang: 'nl',
    article: 'kb-funderingsherstel',
    variants: [
      syn('fundering repareren'),
      syn('verzakking'),
      syn('nieuwe fundering'),
      syn('scheve vloer'),
      typo('funderings herstel'),
      typo('funderingherstel'),
    ],
    tails: ['', '', 'vergoeding', 'hoe lang'],
  },
  {
    key: 'wisselwoning',
    official: 'wisselwoning',
    lang: 'nl',
    article: 'kb-wisselwoning',
    variants: [
      syn('noodwoning'),
      syn('tijdelijke huisvesting'),
      syn('logeerwoning'),
      syn('tijdelijke woning'),
      syn('woonunit'),
      syn('noodunit'),
      typo('wisselwonig'),
      typo('wissel woning'),
      typo('wisselwooning'),
    ],
    tails: ['', '', 'aanvragen', 'huur', 'wanneer', 'huisdieren'],
  },
  {
    key: 'verhuiskostenvergoeding',
    official: 'verhuiskostenvergoeding',
    lang: 'nl',
    article: 'kb-verhuiskostenvergoeding',
    variants: [
      syn('verhuisgeld'),
      comp('verhuiskosten'),
      syn('tegemoetkoming verhuizen'),
      syn('verhuispremie'),
      typo('verhuiskosten vergoeding'),
    ],
    tails: ['', '', 'hoeveel', 'aanvragen'],
  },
  {
    key: 'inboedelopslag',
    official: 'inboedelopslag',
    lang: 'nl',
    article: 'kb-inboedelopslag',
    variants: [
      syn('opslagbox'),
      syn('spullen opslaan'),
      syn('meubels opslaan'),
      syn('opslagruimte'),
      typo('inboedel opslag'),
    ],
    tails: ['', '', 'kosten', 'hoe lang'],
  },
  {
    key: 'container_afval',
    official: 'container voor afval',
    lang: 'nl',
    article: 'kb-container-afval',
    variants: [comp('afvalcontainer'), comp('puincontainer'), syn('bouwcontainer'), typo('afval container')],
    tails: ['', '', 'aanvragen', 'gratis'],
  },
  {
    key: 'boom_kappen',
    official: 'kappen van een boom',
    lang: 'nl',
    article: 'kb-boom-kappen',
    variants: [
      comp('kapvergunning'),
      syn('boom omhakken'),
      syn('bomen weghalen'),
      syn('boom rooien'),
      typo('boom kapen'),
    ],
    tails: ['', '', 'vergoeding', 'tuin'],
  },
  {
    key: 'hinder_uitvoering',
    official: 'hinder tijdens de uitvoering',
    lang: 'nl',
    article: 'kb-hinder-uitvoering',
    variants: [
      comp('bouwoverlast'),
      syn('overlast aannemer'),
      syn('herrie bouw'),
      syn('stof en lawaai'),
      typo('hindr uitvoering'),
    ],
    tails: ['', '', 'vergoeding', 'klacht'],
  },
  {
    key: 'bijkomende_kosten',
    official: 'vergoeding bijkomende kosten',
    lang: 'nl',
    article: 'kb-bijkomende-kosten',
    variants: [
      syn('onkostenvergoeding'),
      syn('extra kosten terugkrijgen'),
      syn('bonnetjes indienen'),
      syn('declaratie'),
      syn('onkosten'),
      typo('bijkomende kosten vergoeding'),
      typo('bijkomde kosten'),
    ],
    tails: ['', '', 'formulier', 'welke'],
  },
  {
    key: 'waardedaling',
    official: 'waardedaling',
    lang: 'nl',
    article: 'kb-waardedaling',
    variants: [
      syn('waardevermindering'),
      syn('waardeverlies'),
      syn('huis minder waard'),
      syn('minderwaarde'),
      typo('waarde daling'),
      typo('waardedalling'),
    ],
    tails: ['', '', 'aanvragen', 'hoeveel', 'verkoop'],
  },
  {
    key: 'immateriele_schadevergoeding',
    official: 'immateriële schadevergoeding',
    lang: 'nl',
    article: 'kb-immateriele-schadevergoeding',
    variants: [
      old('smartengeld'),
      syn('vergoeding voor stress'),
      syn('vergoeding voor leed'),
      syn('psychische schade'),
      typo('immateriele schade'),
      typo('imateriële schadevergoeding'),
    ],
    tails: ['', '', 'aanvragen', 'hoeveel'],
  },
  {
    key: 'bezwaar',
    official: 'bezwaar',
    lang: 'nl',
    article: 'kb-bezwaar',
    variants: [
      syn('in beroep gaan'),
      syn('niet eens met besluit'),
      syn('protest indienen'),
      syn('beroep aantekenen'),
      typo('bezwaarschift'),
    ],
    tails: ['', '', 'maken', 'termijn'],
    officialShare: 0.5,
  },
  {
    key: 'herbeoordeling',
    official: 'herbeoordeling',
    lang: 'nl',
    article: 'kb-herbeoordeling',
    variants: [
      syn('herkeuring'),
      syn('herinspectie'),
      syn('nieuwe taxatie'),
      syn('opnieuw laten bekijken'),
      typo('her beoordeling'),
      typo('herbeoordeeling'),
    ],
    tails: ['', '', 'aanvragen', 'kosten'],
  },
  {
    key: 'bewonersbegeleider',
    official: 'bewonersbegeleider',
    lang: 'nl',
    article: 'kb-bewonersbegeleider',
    variants: [
      old('casemanager'),
      syn('dossierbehandelaar'),
      syn('persoonlijk begeleider'),
      syn('vast contactpersoon'),
      typo('bewoners begeleider'),
      typo('bewonerbegeleider'),
    ],
    tails: ['', '', 'wie is', 'bereiken'],
  },
  {
    key: 'mijn_dossier',
    official: 'Mijn Dossier',
    lang: 'nl',
    article: 'kb-mijn-dossier',
    variants: [
      old('schadeportaal'),
      syn('mijn omgeving'),
      syn('account herstelbureau'),
      syn('bewonersapp'),
      typo('mijndossier'),
      typo('mijn dosier'),
    ],
    tails: ['', '', 'inloggen', 'werkt niet'],
  },
  {
    key: 'machtiging',
    official: 'machtiging',
    lang: 'nl',
    article: 'kb-machtiging',
    variants: [
      syn('volmacht'),
      syn('namens mijn moeder'),
      syn('gevolmachtigde'),
      typo('machtinging'),
      typo('machtging'),
    ],
    tails: ['', '', 'formulier', 'regelen'],
    officialShare: 0.4,
  },
  {
    key: 'rekeningnummer',
    official: 'rekeningnummer',
    lang: 'nl',
    article: 'kb-rekeningnummer',
    variants: [
      syn('iban'),
      syn('bankrekening'),
      syn('bankgegevens'),
      old('gironummer'),
      typo('rekening nummer'),
      typo('rekeningnr'),
    ],
    tails: ['', '', 'wijzigen', 'doorgeven'],
    officialShare: 0.4,
  },
  {
    key: 'uitbetaling',
    official: 'uitbetaling',
    lang: 'nl',
    article: 'kb-uitbetaling',
    variants: [
      syn('uitkering'),
      syn('geld overmaken'),
      syn('storting'),
      syn('geld ontvangen'),
      typo('uitbetalng'),
      typo('uit betaling'),
    ],
    tails: ['', '', 'wanneer', 'vertraagd'],
    officialShare: 0.4,
  },
  {
    key: 'bewonersondersteuning',
    official: 'bewonersondersteuning',
    lang: 'nl',
    article: 'kb-bewonersondersteuning',
    variants: [
      syn('psycholoog'),
      syn('praten met iemand'),
      syn('hulp bij stress'),
      syn('maatschappelijk werk'),
      typo('bewoners ondersteuning'),
    ],
    tails: ['', ''],
  },
  {
    key: 'verduurzamingsbudget',
    official: 'verduurzamingsbudget',
    lang: 'nl',
    article: 'kb-verduurzamen',
    variants: [
      syn('zonnepanelen'),
      syn('isolatie subsidie'),
      syn('warmtepomp'),
      syn('huis isoleren'),
      typo('verduurzamings budget'),
    ],
    tails: ['', '', 'versterking', 'subsidie'],
  },
  // English: expats search in English; the English articles use their own set of terms.
  {
    key: 'en_temporary_home',
    official: 'temporary home',
    lang: 'en',
    article: 'kb-en-temporary-home',
    variants: [syn('emergency housing'), syn('relocation house'), syn('temporary housing')],
    tails: ['', ''],
  },
  {
    key: 'en_report_damage',
    official: 'report damage',
    lang: 'en',
    article: 'kb-en-report-damage',
    variants: [syn('earthquake claim'), syn('cracks in wall'), syn('file a claim')],
    tails: ['', ''],
  },
  {
    key: 'en_assessment',
    official: 'damage assessment',
    lang: 'en',
    article: 'kb-en-damage-assessment',
    variants: [syn('inspection'), syn('surveyor visit'), syn('appraisal')],
    tails: ['', ''],
  },
  {
    key: 'en_objection',
    official: 'objection',
    lang: 'en',
    article: 'kb-en-objection',
    variants: [syn('appeal'), syn('disagree with decision'), syn('complaint about decision')],
    tails: ['', ''],
  },
];

export const VOCAB_BY_KEY: ReadonlyMap<string, VocabEntry> = new Map(VOCABULARY.map((e) => [e.key, e]));

export function vocab(key: string): VocabEntry {
  const entry = VOCAB_BY_KEY.get(key);
  if (!entry) throw new Error(`unknown vocabulary key ${key}`);
  return entry;
}

/** The ground truth of the gap: one row per customer term, for reports and evaluation sets. */
export function vocabularyPairs(): {
  customerTerm: string;
  officialTerm: string;
  kind: VariantKind;
  lang: 'nl' | 'en';
  origin?: 'old-name' | 'compound';
}[] {
  return VOCABULARY.flatMap((entry) =>
    entry.variants.map((v) => ({
      customerTerm: v.term,
      officialTerm: entry.official,
      kind: v.kind,
      lang: entry.lang,
      ...(v.origin ? { origin: v.origin } : {}),
    })),
  );
}
