// Linting many files on all cores. The main thread lints too, and worker threads (dist/worker.js)
// pull small batches, so a slow file does not hold up a whole share; each file's formatted part of
// the report is handed on in the input's order as soon as the files before it are done, so the run
// holds text only for files that finished early. Workers get the term lexicon's bytes in shared
// memory instead of each reading its own copy. A plain pool on node:worker_threads: a pool
// library's own worker script would clash with ours inside a bundle, and this needs nothing more
// than a queue.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sharedLexiconBytes, useSharedLexicon } from '../node/lexicon.js';
import { lintFileSafely, type JobOptions } from './lint-file.js';
import { formatOutcome, type FormattedFile, type ReportOptions } from './report.js';

export interface Batch {
  start: number;
  paths: string[];
}
export interface BatchDone {
  start: number;
  files: FormattedFile[];
}
export interface WorkerSetup {
  job: JobOptions;
  report: ReportOptions;
  lexicon?: { trie: SharedArrayBuffer; json: string };
}

/** dist/worker.js beside dist/cli.js; absent when the CLI code runs unbundled (tests). */
const workerScript = () => {
  const path = join(__dirname, 'worker.js');
  return existsSync(path) ? path : undefined;
};

/** Files per batch: enough to keep messages few, and smaller as the queue empties, so the last files are shared out evenly. */
const batchSize = (remaining: number, threads: number) => Math.max(1, Math.min(16, Math.floor(remaining / (threads * 4))));

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lints `paths` on `threads` threads (the main thread and threads - 1 workers) and calls `emit`
 * with each file's part of the report, in the order of `paths`.
 */
export async function lintAll(paths: string[], job: JobOptions, report: ReportOptions, threads: number, emit: (file: FormattedFile, index: number) => void): Promise<void> {
  const lintHere = (p: string) => formatOutcome(lintFileSafely(p, job), report);
  const script = workerScript();
  if (threads <= 1 || !script) {
    paths.forEach((p, i) => emit(lintHere(p), i));
    return;
  }
  const lexicon = sharedLexiconBytes();
  // The main thread reads the same shared bytes, so the process holds one copy of the trie.
  if (lexicon) useSharedLexicon(lexicon);
  const setup: WorkerSetup = { job, report, ...(lexicon ? { lexicon } : {}) };
  const waiting = new Map<number, FormattedFile>();
  let emitted = 0;
  let next = 0;
  const take = (): Batch | undefined => {
    if (next >= paths.length) return undefined;
    const batch = { start: next, paths: paths.slice(next, next + batchSize(paths.length - next, threads)) };
    next += batch.paths.length;
    return batch;
  };
  let failure: Error | undefined;
  let finished: () => void = () => {};
  const allDone = new Promise<void>((resolve) => (finished = resolve));
  const arrived = (start: number, files: FormattedFile[]) => {
    files.forEach((f, i) => waiting.set(start + i, f));
    while (waiting.has(emitted)) {
      const f = waiting.get(emitted)!;
      waiting.delete(emitted);
      emit(f, emitted++);
    }
    if (emitted === paths.length) finished();
  };
  // A smaller young generation per worker (each thread has its own heap): the run's peak memory
  // stays near one thread's, for a few more, quick, minor collections.
  const pool = Array.from({ length: threads - 1 }, () => new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 24 } }));
  const feed = (w: Worker) => {
    const batch = take();
    if (batch) w.postMessage(batch);
  };
  for (const w of pool) {
    w.on('message', (m: BatchDone) => {
      arrived(m.start, m.files);
      feed(w);
    });
    w.on('error', (e) => {
      failure ??= e;
      finished();
    });
    w.on('exit', (code) => {
      if (emitted < paths.length) failure ??= new Error(`a lint worker stopped (exit code ${code})`);
      finished();
    });
    // Two batches each, so a worker always has the next one queued.
    feed(w);
    feed(w);
  }
  try {
    // The main thread takes a file at a time between handling the workers' messages.
    for (;;) {
      await nextTurn();
      if (failure) throw failure;
      const batch = next < paths.length ? { start: next++, paths: [paths[next - 1]] } : undefined;
      if (!batch) break;
      arrived(batch.start, batch.paths.map(lintHere));
    }
    await allDone;
    if (failure) throw failure;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
