import type { IntentRoute } from '@klantstem/contracts';
import { IntentClassifier, parseIntentModel } from '@klantstem/core';
import type { Database } from '../../db/connect.js';
import type { SignalRoutesTable } from '../../db/tables.js';
import type { Clock } from '../../platform/clock.js';
import { insertRoutes, modelText, modelWithStatus, teamsByIntent } from './repository.js';

interface Loaded {
  id: string;
  classifier: IntentClassifier;
  teams: Map<string, string[]>;
}

/** How long a process trusts its cached model before asking the database which one is active. */
const REFRESH_MS = 2000;

/** Channels where a signal is a question someone must answer (not a search or a survey answer). */
const ROUTED_CHANNELS = new Set([
  'chat',
  'email',
  'phone',
  'counter',
  'form',
  'letter',
  'social',
  'api',
  'other',
]);

/**
 * Routes questions with the active model. Each process keeps the model in memory and checks every
 * few seconds whether another one became active (a retrain or rollback, maybe by another process),
 * so routing never waits for training and always uses a complete model.
 */
export class IntentRouter {
  private loaded: Loaded | undefined;
  private checkedAt = -Infinity;
  private refreshing: Promise<Loaded | undefined> | undefined;
  /** Why the active model cannot be used, when it cannot. */
  unreadable: string | undefined;

  constructor(private readonly parts: { database: Database; clock: Clock }) {}

  /** Forget the cached model and teams: the next call reads them again. */
  invalidate(): void {
    this.checkedAt = -Infinity;
  }

  async current(): Promise<Loaded | undefined> {
    if (this.parts.clock.now().getTime() - this.checkedAt < REFRESH_MS) return this.loaded;
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async refresh(): Promise<Loaded | undefined> {
    const { db } = this.parts.database;
    const active = await modelWithStatus(db, 'active');
    if (!active) this.loaded = undefined;
    else if (active.id !== this.loaded?.id) {
      const text = await modelText(db, active.id);
      this.loaded = text === undefined ? undefined : this.load(active.id, text);
    }
    if (this.loaded) this.loaded.teams = await teamsByIntent(db);
    this.checkedAt = this.parts.clock.now().getTime();
    return this.loaded;
  }

  /** A model this release cannot read (an older format) routes nothing until it is retrained. */
  private load(id: string, text: string): Loaded | undefined {
    try {
      this.unreadable = undefined;
      return { id, classifier: new IntentClassifier(parseIntentModel(text)), teams: new Map() };
    } catch (error) {
      this.unreadable = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  }

  /** The route for one question, or undefined when no model has been trained yet. */
  async route(text: string): Promise<IntentRoute | undefined> {
    const loaded = await this.current();
    return loaded && routeWith(loaded, text);
  }

  /** Routes new questions and stores each route with its signal; a signal routed before keeps its route. */
  async routeSignals(signals: { id: string; channel: string; text: string }[]): Promise<void> {
    const questions = signals.filter((s) => ROUTED_CHANNELS.has(s.channel));
    if (questions.length === 0) return;
    const loaded = await this.current();
    if (!loaded) return;
    const at = this.parts.clock.now().toISOString();
    const rows = questions.map((s) => routeRow(s.id, routeWith(loaded, s.text), at));
    await insertRoutes(this.parts.database.db, rows);
  }
}

function routeWith(loaded: Loaded, text: string): IntentRoute {
  const p = loaded.classifier.predict(text);
  return {
    intent: p.intent,
    team: p.intent === null ? null : (loaded.teams.get(p.intent)?.[0] ?? null),
    confidence: p.confidence,
    abstained: p.abstained,
    outOfScope: p.outOfScope,
    alternatives: p.alternatives,
    modelId: loaded.id,
  };
}

/** The stored form of a signal's route. */
export function routeRow(signalId: string, route: IntentRoute, at: string): SignalRoutesTable {
  return {
    signal_id: signalId,
    model_id: route.modelId,
    intent: route.intent,
    team_id: route.team,
    confidence: route.confidence,
    abstained: route.abstained ? 1 : 0,
    out_of_scope: route.outOfScope ? 1 : 0,
    alternatives: JSON.stringify(route.alternatives),
    routed_at: at,
    triaged_by: null,
    triaged_at: null,
  };
}
