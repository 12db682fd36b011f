// Linting many files on all cores: worker threads (dist/worker.js) pull small batches, so a slow
// file does not hold up a whole share. Outcomes land in the input's order whatever finishes first.
// A plain pool on node:worker_threads: a pool library's own worker script would clash with ours
// inside a bundle, and this needs nothing more than a queue.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lintFileSafely, type FileOutcome, type JobOptions } from './lint-file.js';

export interface Batch {
  start: number;
  paths: string[];
}
export interface BatchDone {
  start: number;
  outcomes: FileOutcome[];
}

const BATCH = 8;

/** dist/worker.js beside dist/cli.js; absent when the CLI code runs unbundled (tests). */
const workerScript = () => {
  const path = join(__dirname, 'worker.js');
  return existsSync(path) ? path : undefined;
};

export async function lintAll(paths: string[], options: JobOptions, workers: number, onProgress?: (done: number) => void): Promise<FileOutcome[]> {
  const script = workerScript();
  if (workers <= 1 || !script) {
    const out: FileOutcome[] = [];
    for (const p of paths) {
      out.push(lintFileSafely(p, options));
      onProgress?.(out.length);
    }
    return out;
  }
  const outcomes: FileOutcome[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: workers }, () => new Worker(script, { workerData: options }));
  try {
    await new Promise<void>((resolveAll, reject) => {
      const feed = (w: Worker) => {
        if (next >= paths.length) return;
        const batch: Batch = { start: next, paths: paths.slice(next, next + BATCH) };
        next += batch.paths.length;
        w.postMessage(batch);
      };
      for (const w of pool) {
        w.on('message', (m: BatchDone) => {
          m.outcomes.forEach((o, i) => (outcomes[m.start + i] = o));
          done += m.outcomes.length;
          onProgress?.(done);
          if (done === paths.length) resolveAll();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (done < paths.length) reject(new Error(`a lint worker stopped (exit code ${code})`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return outcomes;
}
