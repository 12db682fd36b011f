// Entry point of dist/worker.js: a worker thread that lints the batches of files it is sent and
// sends back each file's part of the report (formatted here, so formatting runs on all cores).

import { parentPort, workerData } from 'node:worker_threads';
import { lintFileSafely } from './lint-file.js';
import { formatOutcome } from './report.js';
import { useSharedLexicon } from '../node/lexicon.js';
import type { Batch, BatchDone, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
if (setup.lexicon) useSharedLexicon(setup.lexicon);
parentPort?.on('message', (batch: Batch) => {
  const done: BatchDone = { start: batch.start, files: batch.paths.map((p) => formatOutcome(lintFileSafely(p, setup.job), setup.report)) };
  parentPort?.postMessage(done);
});
