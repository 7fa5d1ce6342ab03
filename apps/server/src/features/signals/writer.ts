import type { SignalInput, SignalPostResult } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import type { SignalRow } from './prepare.js';
import { prepareSignals, resultFor, storeSignalRows } from './service.js';

interface Pending {
  rows: SignalRow[];
  resolve(result: SignalPostResult): void;
  reject(error: unknown): void;
}

/** Rows per shared transaction; a single request may bring more and then goes alone. */
const MAX_ROWS_PER_COMMIT = 2000;

/**
 * Group commit for API writes: requests that arrive while a transaction is running share the
 * next one, so many small writes pay for one BEGIN/COMMIT and one log write instead of one
 * each. A request waits at most for the requests already received to be read. If a shared transaction fails, each request is
 * retried on its own, so one request's failure never becomes another's.
 */
export class SignalWriter {
  private pending: Pending[] = [];
  private draining = false;

  constructor(private readonly ctx: AppContext) {}

  write(inputs: SignalInput[]): Promise<SignalPostResult> {
    const rows = prepareSignals(this.ctx, inputs);
    return new Promise((resolve, reject) => {
      this.pending.push({ rows, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // After the current I/O phase: requests already read from other sockets join this commit.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const group = this.takeGroup();
        try {
          const inserted = await storeSignalRows(
            this.ctx,
            group.flatMap((p) => p.rows),
          );
          const claimed = new Set<string>();
          for (const p of group) p.resolve(resultFor(p.rows, inserted, claimed));
        } catch (error) {
          if (group.length === 1) group[0]!.reject(error);
          else for (const p of group) await this.writeAlone(p);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private takeGroup(): Pending[] {
    let rows = 0;
    let count = 0;
    while (
      count < this.pending.length &&
      (count === 0 || rows + this.pending[count]!.rows.length <= MAX_ROWS_PER_COMMIT)
    ) {
      rows += this.pending[count]!.rows.length;
      count += 1;
    }
    return this.pending.splice(0, count);
  }

  private async writeAlone(p: Pending): Promise<void> {
    try {
      p.resolve(resultFor(p.rows, await storeSignalRows(this.ctx, p.rows)));
    } catch (error) {
      p.reject(error);
    }
  }
}
