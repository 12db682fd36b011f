// Entry point of dist/worker.js: a worker thread that lints the batches of files it is sent.

import { parentPort, workerData } from 'node:worker_threads';
import { lintFileSafely, type JobOptions } from './lint-file.js';
import type { Batch, BatchDone } from './pool.js';

const options = workerData as JobOptions;
parentPort?.on('message', (batch: Batch) => {
  const done: BatchDone = { start: batch.start, outcomes: batch.paths.map((p) => lintFileSafely(p, options)) };
  parentPort?.postMessage(done);
});
