#!/usr/bin/env node
'use strict';
// `npm run test:integration`: every integration stage, each in its own process, all run even when
// one fails; then one line per stage with its counts. Exit code 0 only if every stage passed.
//   1. chromium.test.js       the sandbox and launch checks (long paths, the cause of a failed launch)
//   2. run-code-server.js     the suite in VS Code's Node extension host (dist/extension.js)
//   3. run-code-server.js --web   the same suite in the web worker extension host (dist/web/extension.js)
//   4. run-web-worker.js      dist/web/server.js in a Web Worker against the Node server, every seed
const { spawnSync } = require('child_process');
const path = require('path');

const stages = [
  ['Chromium launch checks', ['--test', path.join(__dirname, 'chromium.test.js')]],
  ['VS Code, Node extension host', [path.join(__dirname, 'run-code-server.js')]],
  ['VS Code, web worker extension host', [path.join(__dirname, 'run-code-server.js'), '--web']],
  ['browser worker server vs Node server', [path.join(__dirname, 'run-web-worker.js')]],
];

const summary = [];
let failed = false;
for (const [name, args] of stages) {
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(run.stdout || '');
  const out = run.stdout || '';
  // Our launchers end with "N passed, N failed"; node --test with "# pass N" / "# fail N".
  const counts = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(out.trim());
  const pass = counts ? counts[1] : /# pass (\d+)/.exec(out)?.[1] ?? '?';
  const fail = counts ? counts[2] : /# fail (\d+)/.exec(out)?.[1] ?? '?';
  const skip = counts ? counts[3] || '0' : /# skipped (\d+)/.exec(out)?.[1] ?? '0';
  const ok = run.status === 0;
  failed ||= !ok;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${pass} passed, ${fail} failed${skip !== '0' ? `, ${skip} skipped` : ''} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\n=== integration summary ===\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
