import { PERIOD_END, PERIOD_START } from './calendar.js';
import type { CustomerProfile } from './customers.js';
import { fill, type FillContext } from './fill.js';
import { CONTEXT_NL, EMOTIONS_NL } from './frames.js';
import { TEAMS } from './organisation.js';
import type { Rng } from './prng.js';
import { roughen } from './roughen.js';
import { dutchLines, textsFor } from './texts.js';

/**
 * Labelled questions for training intent routing: a few hundred per team, in customers' own words,
 * every text distinct, so a train/test split never holds the same sentence on both sides.
 */
export interface DemoLabel {
  text: string;
  label: string;
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export function generateLabels(rng: Rng, profiles: readonly CustomerProfile[]): DemoLabel[] {
  const seen = new Set<string>();
  const labels: DemoLabel[] = [];
  for (const team of TEAMS) {
    const target = rng.int(280, 360);
    team.intents.forEach((intent, i) => {
      // Spread the team's total over its intents; the first ones take the remainder.
      const count = Math.floor(target / team.intents.length) + (i < target % team.intents.length ? 1 : 0);
      const texts = textsFor(intent);
      let made = 0;
      for (let attempt = 0; made < count && attempt < count * 200; attempt++) {
        const at = PERIOD_START + rng.next() * (PERIOD_END - PERIOD_START);
        const ctx: FillContext = { rng, at, profile: rng.pick(profiles) };
        let text: string;
        if (rng.chance(0.06)) {
          text = roughen(fill(rng.pick(texts.en), ctx), rng, 0.2);
        } else {
          const parts = [
            rng.chance(0.15) ? fill(rng.pick(CONTEXT_NL), ctx) : '',
            fill(rng.pick(dutchLines(texts, at)), ctx),
            rng.chance(0.08) ? fill(rng.pick(EMOTIONS_NL), ctx) : '',
          ];
          text = roughen(parts.filter(Boolean).join(' '), rng, 0.35);
        }
        const key = normalise(text);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        labels.push({ text: text.trim(), label: intent });
        made++;
      }
    });
  }
  return labels;
}
