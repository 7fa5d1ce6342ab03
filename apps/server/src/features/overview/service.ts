import type { Overview } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { listSignals } from '../signals/repository.js';
import { dailyChannelCounts, latestSignalAt, topIntents, totals } from './repository.js';

const DAY_MS = 86_400_000;

/** Monday 00:00 UTC of the week holding `ms`. */
export function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return (day - weekday) * DAY_MS;
}

/**
 * The last `weeks` weeks up to the newest signal (not the clock: an imported history shows its own
 * recent weeks), with volumes per channel, the top intents and the newest words of customers.
 */
export async function overview(ctx: AppContext, weeks: number): Promise<Overview> {
  const db = ctx.database.db;
  const latest = await latestSignalAt(db);
  const lastWeek = weekStart(latest ? Date.parse(latest) : ctx.clock.now().getTime());
  const starts = Array.from({ length: weeks }, (_, i) => lastWeek - (weeks - 1 - i) * 7 * DAY_MS);
  const since = new Date(starts[0]!).toISOString();

  const perChannel = new Map<string, number[]>();
  for (const { day, channel, count } of await dailyChannelCounts(db, since)) {
    const index = Math.round((weekStart(Date.parse(`${day}T00:00:00Z`)) - starts[0]!) / (7 * DAY_MS));
    if (index < 0 || index >= weeks) continue;
    const counts = perChannel.get(channel) ?? new Array<number>(weeks).fill(0);
    counts[index]! += count;
    perChannel.set(channel, counts);
  }
  const channels = [...perChannel]
    .map(([channel, counts]) => ({ channel, counts }))
    .sort((a, b) => sum(b.counts) - sum(a.counts));

  return {
    weeks: starts.map((ms) => new Date(ms).toISOString().slice(0, 10)),
    channels,
    topIntents: await topIntents(db, ctx.database.dialect, since, 10),
    newest: (await listSignals(db, { limit: 10 })).items,
    totals: await totals(db),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
