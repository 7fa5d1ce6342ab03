import type { Example } from '@klantstem/core';

/**
 * A small labelled set in customers' own words for tests: three intents, varied phrasing, so a
 * model trained on it routes clear questions and abstains on ones it has never seen the like of.
 */
const PHRASES: Record<string, { subjects: string[]; frames: string[] }> = {
  betaling: {
    subjects: ['mijn vergoeding', 'het geld', 'de uitbetaling', 'mijn schadevergoeding', 'de betaling'],
    frames: [
      'wanneer wordt {s} overgemaakt',
      'ik heb {s} nog steeds niet ontvangen',
      'is {s} al betaald',
      'waar blijft {s} op mijn rekening',
      '{s} staat nog niet op mijn bankrekening',
    ],
  },
  opname: {
    subjects: [
      'de opname',
      'de inspectie',
      'het bezoek van de opnemer',
      'de schade-opname',
      'de afspraak voor de opname',
    ],
    frames: [
      'wanneer komt {s} bij mij thuis',
      'kan ik {s} verzetten naar volgende week',
      'ik wacht al maanden op {s}',
      'hoe lang duurt {s} in mijn woning',
      'wie doet {s} van mijn huis',
    ],
  },
  wisselwoning: {
    subjects: [
      'een wisselwoning',
      'een noodwoning',
      'tijdelijke woonruimte',
      'een tijdelijk huis',
      'een woonunit',
    ],
    frames: [
      'krijg ik {s} tijdens de versterking',
      'waar staat {s} voor ons gezin',
      'mag mijn hond mee naar {s}',
      'hoe groot is {s} voor vier personen',
      'wanneer kunnen we verhuizen naar {s}',
    ],
  },
};

export const TRAINING_EXAMPLES: Example[] = Object.entries(PHRASES).flatMap(([label, { subjects, frames }]) =>
  frames.flatMap((frame) => subjects.map((s) => ({ text: frame.replace('{s}', s), label }))),
);
