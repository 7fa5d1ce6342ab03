import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { IMPORT_KINDS, type ImportKind, type ImportSummary } from '@klantstem/contracts';
import type { AppContext } from '../context.js';
import { articleStore } from '../features/articles/store.js';
import { recordAudit } from '../features/audit/repository.js';
import { CLI_ACTOR } from '../features/auth/actor.js';
import { customerStore } from '../features/customers/store.js';
import {
  formatFromPath,
  runImport,
  type ImportFormat,
  type Progress,
  type RecordStore,
} from '../features/imports/run.js';
import { labelStore } from '../features/labels/store.js';
import { searchStore } from '../features/searches/store.js';
import { signalStore } from '../features/signals/service.js';
import { UsageError } from './args.js';

export function storeFor(ctx: AppContext, kind: ImportKind): RecordStore<never> {
  const stores: Record<ImportKind, () => RecordStore<never>> = {
    customers: () => customerStore(ctx),
    signals: () => signalStore(ctx),
    articles: () => articleStore(ctx),
    searches: () => searchStore(ctx),
    labels: () => labelStore(ctx),
  };
  return stores[kind]();
}

export function parseKind(kind: string | undefined): ImportKind {
  if (!kind || !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`Say what to import: one of ${IMPORT_KINDS.join(', ')}.`);
  }
  return kind as ImportKind;
}

export async function importFile(
  ctx: AppContext,
  kind: ImportKind,
  path: string,
  format: ImportFormat | undefined,
): Promise<ImportSummary> {
  const chosen = format ?? formatFromPath(path);
  const total = path === '-' ? undefined : (await stat(path)).size;
  const source = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 256 * 1024 });
  const progress = process.stderr.isTTY ? progressPrinter(total) : undefined;
  const summary = await runImport(storeFor(ctx, kind), source, {
    format: chosen,
    ...(progress && { onProgress: (p: Progress) => progress.update(p) }),
  });
  progress?.done();
  const now = ctx.clock.now().toISOString();
  await recordAudit(ctx.database.db, CLI_ACTOR, now, {
    action: 'import.completed',
    entityType: kind,
    details: {
      file: path,
      imported: summary.imported,
      updated: summary.updated,
      skipped: summary.skipped,
      errors: summary.errorCount,
    },
  });
  return summary;
}

/** One self-overwriting status line on the terminal, at most a few times per second. */
function progressPrinter(totalBytes: number | undefined) {
  const started = Date.now();
  let last = 0;
  return {
    update(p: Progress) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const seconds = (now - started) / 1000;
      const share = totalBytes ? ` ${((100 * p.bytes) / totalBytes).toFixed(1)}%` : '';
      process.stderr.write(
        `\r  importing:${share} ${p.lines.toLocaleString('en')} lines, ${p.imported.toLocaleString('en')} new, ` +
          `${p.errors} errors, ${Math.round(p.lines / Math.max(seconds, 0.001)).toLocaleString('en')} lines/s   `,
      );
    },
    done() {
      process.stderr.write('\n');
    },
  };
}
