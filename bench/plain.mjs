// The plain-language family's cost on the editor's warm re-lint of a 5 KB article:
//  - lint() with the four plain rules on, against lint() as it was before the family (no reading
//    grade in the summary, plain rules off); also the grade alone (it is measured whatever the
//    rules' severities) and each rule alone. Each comparison runs in a process of its own (so
//    one configuration's JIT state does not colour another's), the two lints in turn, in CPU
//    time (waiting for a core on a loaded machine is left out): rounds of 20 calls each, and the
//    added cost is the median over rounds of the difference within a round.
//  - the time spent inside the family (its rules and the grade, timed from within) during lints
//    with the family on: the figure the budget is judged on, as it holds on a loaded machine.
//  - the plain analyses alone on the article's document model, memo cleared between calls.
// Prints figures; `--json` prints them as one JSON object for run.mjs.
//   node bench/plain.mjs [--json] [--quick]

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleOfSize, loadApi, ms, DATA, ROOT } from './lib.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const pairArg = process.argv.find((a) => a.startsWith('--pair='));
const log = json ? console.error : console.log;
const { createLinter, builtInRegistry, resolveConfig } = loadApi();

const PLAIN = builtInRegistry.rules.filter((r) => r.id.startsWith('plain-')).map((r) => r.id);
const text = articleOfSize(5 * 1024);
const [rounds, calls] = quick ? [8, 10] : [24, 20];
const CASES = [['recommended now (grade in the summary)', []], ['the four plain rules on', PLAIN], ...PLAIN.map((id) => [`${id} alone`, [id]])];

/** CPU time of this process in ms. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** In a child: "before" against one case; prints { before, after, added } in ms per lint. */
function measurePair(index) {
  const before = createLinter({ registry: { ...builtInRegistry, summaries: [] } });
  const now = createLinter();
  const config = resolveConfig({});
  for (const id of CASES[index][1]) config.rules[id] = [1, undefined];
  const a = () => before.lint(text, { filePath: 'article.md', config: resolveConfig({}) });
  const b = () => now.lint(text, { filePath: 'article.md', config });
  for (let i = 0; i < 30; i++) a(), b();
  const xs = [];
  const ys = [];
  for (let r = 0; r < rounds; r++) {
    for (const [f, out] of [[a, xs], [b, ys]]) {
      const t = cpu();
      for (let c = 0; c < calls; c++) f();
      out.push((cpu() - t) / calls);
    }
  }
  const median = (v) => [...v].sort((p, q) => p - q)[v.length >> 1];
  console.log(JSON.stringify({ before: median(xs), after: median(ys), added: median(ys.map((y, r) => y - xs[r])) }));
}

if (pairArg) {
  measurePair(Number(pairArg.slice(7)));
  process.exit(0);
}

const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
log(`plain family: warm lint() of a ${kb} KB article, each against "before the family" in its own process, ${rounds} rounds of ${calls} calls (median CPU ms per lint)`);
const pairs = CASES.map(([name], i) => {
  const r = spawnSync(process.execPath, [import.meta.filename, `--pair=${i}`, ...(quick ? ['--quick'] : [])], { encoding: 'utf8', cwd: ROOT });
  const result = r.status === 0 ? JSON.parse(r.stdout.trim().split('\n').pop()) : null;
  log(`  ${name.padEnd(40)} ${result ? `${ms(result.before)} -> ${ms(result.after)} ms, added ${result.added >= 0 ? '+' : ''}${ms(result.added)} ms` : 'failed'}`);
  return result;
});

// Time inside the family during lint(): the plain rules (their analyses and reports) and the
// summary's reading grade, wrapped in timers, over many lints with the family on. Sections this
// short are seldom preempted, so the median holds on a loaded machine where the lint()-level
// differences above swing by tenths of a millisecond. Left out: the unified plugin wrapper of
// each rule and turning the family's findings into Finding objects (a few µs each).
const inside = (() => {
  let spent = 0;
  const timed = (fn) => (...args) => {
    const t = performance.now();
    try {
      return fn(...args);
    } finally {
      spent += performance.now() - t;
    }
  };
  const registry = {
    ...builtInRegistry,
    rules: builtInRegistry.rules.map((r) => (r.id.startsWith('plain-') ? { ...r, create: timed(r.create) } : r)),
    summaries: builtInRegistry.summaries.map(timed),
  };
  const linter = createLinter({ registry });
  const config = resolveConfig({});
  for (const id of PLAIN) config.rules[id] = [1, undefined];
  const per = [];
  const n = quick ? 200 : 2000;
  for (let i = 0; i < n + 50; i++) {
    spent = 0;
    linter.lint(text, { filePath: 'article.md', config });
    if (i >= 50) per.push(spent);
  }
  per.sort((a, b) => a - b);
  return { median: per[per.length >> 1], p95: per[Math.floor(per.length * 0.95)], lints: n };
})();
log(`time inside the family during lint() (the four rules and the grade; ${inside.lints} lints): median ${inside.median.toFixed(3)} ms, p95 ${inside.p95.toFixed(3)} ms`);

// The analyses alone, on the document model lint() builds (bundled from src/ like bench/terms.mjs).
const require = createRequire(import.meta.url);
const esbuild = require('esbuild');
const { yamlPlugin, wordClassesPlugin } = require('../scripts/build-plugins.cjs');
const probe = join(DATA, 'plain-probe.cjs');
await esbuild.build({
  stdin: {
    contents: `export { readabilityOf } from './src/plain/readability.ts'; export { jargonIn } from './src/plain/jargon.ts';
      export { undefinedAcronyms } from './src/plain/acronyms.ts'; export { wordCount } from './src/plain/words.ts'; export { lint } from './src/core/lint.ts';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: probe,
  logLevel: 'warning',
  plugins: [yamlPlugin, wordClassesPlugin],
});
const p = require(probe);
let doc;
const keeper = { id: 'keep', category: 'meta', meta: { docs: { description: '' }, recommended: 'warn', fixable: false, messages: {} }, create: (c) => (doc = c.doc) };
p.lint(text, { registry: { rules: [keeper] }, filePath: 'article.md' });
const parts = [
  ['grade (readabilityOf)', () => p.readabilityOf(doc)],
  ['sentence lengths (wordCount)', () => doc.sentences.forEach((s) => p.wordCount(s, doc.text))],
  ['jargon (jargonIn)', () => p.jargonIn(doc)],
  ['acronyms (undefinedAcronyms)', () => p.undefinedAcronyms(doc)],
];
const partTimes = parts.map(([, f]) => {
  const run = () => {
    doc.memo.clear();
    f();
  };
  for (let i = 0; i < 50; i++) run();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = cpu();
    for (let c = 0; c < calls * 10; c++) run();
    best = Math.min(best, (cpu() - t) / (calls * 10));
  }
  return best;
});
log('the analyses alone on its document model (fastest round, CPU ms per call)');
parts.forEach(([name], i) => log(`  ${name.padEnd(40)} ${partTimes[i].toFixed(3)} ms`));
const analyses = partTimes.reduce((x, y) => x + y, 0);
log(`  ${'all four'.padEnd(40)} ${analyses.toFixed(3)} ms`);

const out = {
  bytes: Buffer.byteLength(text),
  before: pairs[1]?.before ?? null,
  summaryAdded: pairs[0]?.added ?? null,
  familyAdded: pairs[1]?.added ?? null,
  familyInside: inside.median,
  familyInsideP95: inside.p95,
  rules: Object.fromEntries(PLAIN.map((id, i) => [id, pairs[2 + i]?.added ?? null])),
  analyses: Object.fromEntries(parts.map(([name], i) => [name, partTimes[i]])),
  analysesTotal: analyses,
};
if (json) console.log(JSON.stringify(out));
