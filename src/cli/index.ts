// Entry point of the CLI bundle, dist/cli-main.js, which dist/cli.js (launch.ts) starts.

import { readFileSync } from 'node:fs';
import { run } from './main.js';

// V8 flags are set by the launcher (launch.ts), before this bundle is compiled.

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
