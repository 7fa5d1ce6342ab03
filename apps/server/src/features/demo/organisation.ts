/**
 * The fictional organisation: its teams, the intents each team solves, and its staff. Every intent
 * belongs to exactly one team, so routing by intent always has one place to go.
 */
export const ORGANISATION = { name: 'Herstelbureau Noord', lang: 'nl' } as const;

export const STAFF_DOMAIN = 'herstelbureau-noord.example';

export interface DemoTeam {
  key: string;
  name: string;
  description: string;
  intents: string[];
  /** Intents the team may decide on (a payment, a reassessment): routing prefers it for those. */
  authority?: string[];
}

export const TEAMS: DemoTeam[] = [
  {
    key: 'schade',
    name: 'Team Schade',
    description: 'Schademeldingen, opnames, contra-expertise en acuut onveilige situaties.',
    intents: ['schade_melden', 'status_opname', 'contra_expertise', 'acuut_onveilig'],
  },
  {
    key: 'versterking',
    name: 'Team Versterking',
    description:
      'Versterkingsadvies, planning en uitvoering van de bouwkundige versterking, schoorsteenafname en funderingsherstel.',
    intents: ['versterkingsadvies', 'versterking_planning', 'schoorsteenafname', 'funderingsherstel'],
  },
  {
    key: 'tijdelijk-wonen',
    name: 'Team Tijdelijk Wonen',
    description: 'Wisselwoningen, verhuizen en opslag van inboedel, en hinder tijdens de uitvoering.',
    intents: ['wisselwoning', 'verhuizen_opslag', 'hinder_uitvoering'],
  },
  {
    key: 'vergoedingen',
    name: 'Team Vergoedingen',
    description:
      'Uitbetaling van schadevergoedingen, vergoeding bijkomende kosten, waardedaling, immateriële schadevergoeding en de stuwmeerregeling.',
    intents: [
      'betaling_vergoeding',
      'bijkomende_kosten',
      'waardedaling',
      'immateriele_schade',
      'stuwmeerregeling',
    ],
    authority: ['betaling_vergoeding', 'waardedaling', 'immateriele_schade'],
  },
  {
    key: 'bezwaar-klachten',
    name: 'Team Bezwaar en Klachten',
    description: 'Bezwaren tegen besluiten, herbeoordelingen en klachten over onze dienstverlening.',
    intents: ['bezwaar', 'herbeoordeling', 'klacht'],
  },
  {
    key: 'klantcontact',
    name: 'Team Klantcontact',
    description:
      'Eerste aanspreekpunt: gegevens wijzigen, afspraken verzetten, inloggen op Mijn Dossier en machtigingen.',
    intents: ['gegevens_wijzigen', 'afspraak_verzetten', 'mijn_dossier', 'machtiging'],
  },
];

/** intent key -> team key */
export const TEAM_OF_INTENT: ReadonlyMap<string, string> = new Map(
  TEAMS.flatMap((team) => team.intents.map((intent) => [intent, team.key] as const)),
);

export const INTENTS: readonly string[] = TEAMS.flatMap((team) => team.intents);

export interface DemoStaff {
  email: string;
  name: string;
  role: 'admin' | 'agent' | 'analyst';
  team?: string;
}

const PEOPLE: [name: string, role: DemoStaff['role'], team?: string][] = [
  ['Ineke Bosscher', 'admin'],
  ['Roelf Tammenga', 'agent', 'schade'],
  ['Marieke Veldhuis', 'agent', 'schade'],
  ['Sjoerd Blaauw', 'agent', 'versterking'],
  ['Fenna Oudman', 'agent', 'versterking'],
  ['Harm Wolthekker', 'agent', 'tijdelijk-wonen'],
  ['Esther Kloosterboer', 'agent', 'vergoedingen'],
  ['Jelmer Haaksma', 'agent', 'vergoedingen'],
  ['Grietje Nanninga', 'agent', 'bezwaar-klachten'],
  ['Daan Zijlstra', 'agent', 'klantcontact'],
  ['Aaltje Roossien', 'analyst'],
  ['Wouter Brandsema', 'analyst'],
];

export const STAFF: DemoStaff[] = PEOPLE.map(([name, role, team]) => ({
  email: `${name.toLowerCase().replace(/\s+/g, '.')}@${STAFF_DOMAIN}`,
  name,
  role,
  ...(team ? { team } : {}),
}));

/** First names of staff, which customers mention ("ik had Marieke aan de lijn"). */
export const STAFF_FIRST_NAMES: readonly string[] = PEOPLE.filter(([, role]) => role === 'agent').map(
  ([name]) => name.split(' ')[0] ?? name,
);

export function teamOf(intent: string): string {
  const team = TEAM_OF_INTENT.get(intent);
  if (!team) throw new Error(`intent ${intent} belongs to no team`);
  return team;
}
