import { createSearchAnalyzer, HelpIndex, type HelpArticle } from '@klantstem/core';
import type { Database } from '../../db/connect.js';
import type { Clock } from '../../platform/clock.js';
import { dutchWordList } from './dutch-words.js';
import {
  approvedPairs,
  articleIds,
  articlesByIds,
  articlesForIndex,
  indexStamp,
  type IndexStamp,
} from './repository.js';

/**
 * Changes made by another process (`klantstem import articles` or `vocab approve` while the server
 * runs, or a second server) show up in the stamp; it is read at most this often.
 */
const STAMP_CHECK_MS = 1000;

/**
 * The help-centre index of one running Klantstem (`AppContext.helpIndex`): built from the database
 * on first use, then kept current. Writes in this process report their changes (`articlesChanged`,
 * `synonymsChanged`) and the next search applies them; writes elsewhere are found through the stamp
 * within a second.
 */
export class HelpIndexHolder {
  private index = new HelpIndex();
  private loaded = false;
  private stamp: IndexStamp | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private readonly changedArticles = new Set<string>();
  private synonymsStale = false;
  private syncing: Promise<void> | undefined;

  constructor(private readonly parts: { database: Database; clock: Clock }) {}

  /** Articles created, replaced or deleted in this process. */
  articlesChanged(ids: Iterable<string>): void {
    if (!this.loaded) return; // the first load reads them anyway
    for (const id of ids) this.changedArticles.add(id);
  }

  /** A glossary pair was approved, or an approval withdrawn, in this process. */
  synonymsChanged(): void {
    if (this.loaded) this.synonymsStale = true;
  }

  /** The index with every change made so far applied. */
  async current(): Promise<HelpIndex> {
    while (this.needsSync()) {
      this.syncing ??= this.sync().finally(() => (this.syncing = undefined));
      await this.syncing;
    }
    return this.index;
  }

  private needsSync(): boolean {
    return (
      !this.loaded ||
      this.changedArticles.size > 0 ||
      this.synonymsStale ||
      this.parts.clock.now().getTime() - this.checkedAt >= STAMP_CHECK_MS
    );
  }

  private async sync(): Promise<void> {
    const db = this.parts.database.db;
    const ids = [...this.changedArticles];
    const synonymsStale = this.synonymsStale;
    this.changedArticles.clear();
    this.synonymsStale = false;
    this.checkedAt = this.parts.clock.now().getTime();
    try {
      // The stamp is read first: whatever is written after it is caught by the next check.
      const stamp = await indexStamp(db);
      const previous = this.stamp;
      if (!this.loaded || !previous) {
        const articles = await articlesForIndex(db);
        const analyzer = createSearchAnalyzer(
          articles.map((a) => `${a.title}\n${a.body}`),
          await dutchWordList(),
        );
        const index = new HelpIndex({ synonyms: await approvedPairs(db), analyzer });
        index.replaceAll(articles);
        this.index = index;
        this.loaded = true;
      } else {
        if (ids.length > 0) this.apply(ids, await articlesByIds(db, ids));
        if (stamp.articlesUpdatedAt !== previous.articlesUpdatedAt) {
          const since = previous.articlesUpdatedAt ?? '';
          for (const article of await articlesForIndex(db, since)) this.index.upsert(article);
        }
        if (this.index.size !== stamp.articles) await this.reconcile();
        if (
          synonymsStale ||
          stamp.approvedPairs !== previous.approvedPairs ||
          stamp.pairsDecidedAt !== previous.pairsDecidedAt
        ) {
          this.index.setSynonyms(await approvedPairs(db));
        }
      }
      this.stamp = stamp;
    } catch (err) {
      for (const id of ids) this.changedArticles.add(id);
      this.synonymsStale ||= synonymsStale;
      this.checkedAt = Number.NEGATIVE_INFINITY;
      throw err;
    }
  }

  private apply(ids: readonly string[], found: readonly HelpArticle[]): void {
    for (const article of found) this.index.upsert(article);
    const present = new Set(found.map((a) => a.id));
    for (const id of ids) if (!present.has(id)) this.index.remove(id);
  }

  /** Deleted elsewhere (or written with an older time): compare the ids themselves. */
  private async reconcile(): Promise<void> {
    const db = this.parts.database.db;
    const stored = new Set(await articleIds(db));
    for (const id of [...this.index.articleIds()]) if (!stored.has(id)) this.index.remove(id);
    const missing = [...stored].filter((id) => !this.index.has(id));
    for (const article of await articlesByIds(db, missing)) this.index.upsert(article);
  }
}
