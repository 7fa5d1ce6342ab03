import type { DemoArticle } from './article-kit.js';
import { ARTICLES } from './articles.js';
import { CANNED_REPLIES } from './canned-replies.js';
import { generateConversations, type DemoConversation } from './conversations.js';
import { generateCustomers, type DemoCustomer } from './customers.js';
import { oldHelpSearch } from './help-search.js';
import { generateLabels, type DemoLabel } from './labels.js';
import { ORGANISATION, STAFF, TEAMS, type DemoStaff, type DemoTeam } from './organisation.js';
import { createRng } from './prng.js';
import { generateSearches, type DemoSearch } from './searches.js';
import { generateSignals, type DemoSignal } from './signals.js';

/**
 * The demo workspace of Herstelbureau Noord, a fictional organisation that repairs earthquake
 * damage and strengthens homes: plain records in the import formats, so `klantstem demo` loads it
 * through the same importers as any customer's data. Pure and seeded: the same seed gives the
 * same workspace.
 */
export interface DemoWorkspace {
  organisation: { name: string; lang: 'nl' };
  teams: DemoTeam[];
  staff: DemoStaff[];
  customers: DemoCustomer[];
  articles: DemoArticle[];
  signals: DemoSignal[];
  searches: DemoSearch[];
  labels: DemoLabel[];
  conversations: DemoConversation[];
  cannedReplies: { teamId: string; title: string; body: string }[];
}

export type {
  DemoArticle,
  DemoConversation,
  DemoCustomer,
  DemoLabel,
  DemoSearch,
  DemoSignal,
  DemoStaff,
  DemoTeam,
};

export const DEFAULT_DEMO_SEED = 20261122;

export function generateDemo(seed: number = DEFAULT_DEMO_SEED): DemoWorkspace {
  const rng = createRng(seed);
  // One stream per part, so changing how signals are made leaves customers and searches alone.
  const { customers, profiles } = generateCustomers(rng.fork('customers'));
  const articles = ARTICLES.map((a) => ({ ...a, tags: [...a.tags] }));
  return {
    organisation: { ...ORGANISATION },
    teams: TEAMS.map((t) => ({
      ...t,
      intents: [...t.intents],
      ...(t.authority && { authority: [...t.authority] }),
    })),
    staff: STAFF.map((s) => ({ ...s })),
    customers,
    articles,
    signals: generateSignals(rng.fork('signals'), profiles),
    searches: generateSearches(rng.fork('searches'), oldHelpSearch(articles)),
    labels: generateLabels(rng.fork('labels'), profiles),
    conversations: generateConversations(rng.fork('conversations'), profiles),
    cannedReplies: CANNED_REPLIES.map((reply) => ({ ...reply })),
  };
}
