// Entry point of dist/cli.js.

import { readFileSync } from 'node:fs';
import { run } from './main.js';

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
