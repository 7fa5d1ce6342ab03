import { INTENTS } from './organisation.js';
import { BEZWAAR_TEXTS } from './texts-bezwaar.js';
import { KLANTCONTACT_TEXTS } from './texts-klantcontact.js';
import type { IntentTexts } from './texts-kit.js';
import { SCHADE_TEXTS } from './texts-schade.js';
import { VERGOEDINGEN_TEXTS } from './texts-vergoedingen.js';
import { VERSTERKING_TEXTS } from './texts-versterking.js';
import { WONEN_TEXTS } from './texts-wonen.js';

export type { IntentTexts } from './texts-kit.js';

const ALL: Record<string, IntentTexts> = {
  ...SCHADE_TEXTS,
  ...VERSTERKING_TEXTS,
  ...WONEN_TEXTS,
  ...VERGOEDINGEN_TEXTS,
  ...BEZWAAR_TEXTS,
  ...KLANTCONTACT_TEXTS,
};

/** The texts of an intent; every intent of every team has some (checked at module load). */
export function textsFor(intent: string): IntentTexts {
  const texts = ALL[intent];
  if (!texts) throw new Error(`no texts for intent ${intent}`);
  return texts;
}

for (const intent of INTENTS) textsFor(intent);

/** Customers' Dutch lines for an intent at a moment, including the lines that only fit that moment. */
export function dutchLines(texts: IntentTexts, at: number): string[] {
  const timed = (texts.timed ?? []).filter((t) => t.when(at)).flatMap((t) => t.nl);
  return timed.length > 0 ? [...texts.nl, ...timed, ...timed] : texts.nl;
}
