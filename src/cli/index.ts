// Entry point of dist/cli.js.

import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { run } from './main.js';

// Each linted file leaves garbage behind (its trees and tokens); letting the old generation grow
// by half, not V8's default of up to four times, between collections keeps a long run's peak
// memory near what one file needs, at little cost in time (a collection of the small live heap
// is quick). Set before any worker thread starts, so they share it.
setFlagsFromString('--heap-growing-percent=50');

// A reader that stops early (`fairbalance . | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  readStdin: () => readFileSync(0),
}).then((code) => {
  process.exitCode = code;
});
