// Warm, in-process lint() timings: the editor's re-lint on every keystroke pause (5 KB and
// 50 KB), the 1 MB big file, and the single-file size series, each beside parse-only. Each
// re-lint has one paragraph edited (a word added, a different paragraph each time), as in an
// editor, so what lint() keeps of a file's previous version is tested as it is used.
// Prints figures; `--json` prints them as one JSON object for run.mjs.
//   node bench/relint.mjs [--json] [--quick]

import { articleOfSize, loadApi, parseOnly, timePair, ms, ratio, fmtRatio } from './lib.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const { lint } = loadApi();
const log = json ? console.error : console.log; // with --json, figures go to stderr and JSON to stdout

const runsFor = (bytes) => (quick ? 20 : bytes <= 6000 ? 500 : bytes <= 60000 ? 100 : bytes <= 300000 ? 10 : 5);
/** Versions of `text` with one paragraph edited each (the n-th paragraph gets a word). */
function edits(text, count) {
  const paragraphs = text.split('\n\n');
  return Array.from({ length: count }, (_, n) => paragraphs.map((p, i) => (i === (n * 7) % paragraphs.length && p ? `${p} Edit${n}.` : p)).join('\n\n'));
}

const measure = (bytes) => {
  const text = articleOfSize(bytes);
  const runs = runsFor(bytes);
  const warmup = bytes > 300000 ? 1 : 20;
  const versions = edits(text, 16);
  let n = 0;
  const [parse, full] = timePair(() => parseOnly(versions[n % versions.length]), () => lint(versions[n++ % versions.length], { filePath: 'article.md' }), runs, warmup);
  const findings = lint(text, { filePath: 'article.md' }).findings;
  return { bytes: Buffer.byteLength(text), runs, lint: full, parse, ratio: ratio(full.median, parse.median), findings: findings.length, timeouts: findings.filter((f) => f.ruleId === 'fairbalance-timeout').length };
};

const out = {};
for (const [name, bytes] of [['relint5k', 5 * 1024], ['relint50k', 50 * 1024], ['big1m', 1024 * 1024]]) {
  const r = measure(bytes);
  out[name] = r;
  log(`${name.padEnd(10)} ${(r.bytes / 1024).toFixed(0).padStart(5)} KB  runs ${String(r.runs).padStart(3)}  lint median ${ms(r.lint.median)} ms p95 ${ms(r.lint.p95)} ms | parse-only median ${ms(r.parse.median)} ms p95 ${ms(r.parse.p95)} ms | ratio ${fmtRatio(r.ratio)}  (${r.findings} findings${r.timeouts ? `, ${r.timeouts} TIMEOUTS` : ''})`);
}

// Scaling: time per KB should stay flat as the file grows; a rising ms/KB is super-linear work.
log('\nsingle-file scaling (median ms; ms per KB)');
out.sizeSeries = [];
for (const kb of [5, 20, 50, 100, 250, 500, 1024]) {
  const r = kb === 5 ? out.relint5k : kb === 50 ? out.relint50k : kb === 1024 ? out.big1m : measure(kb * 1024);
  out.sizeSeries.push({ kb, lint: r.lint.median, parse: r.parse.median });
  log(`  ${String(kb).padStart(5)} KB  lint ${ms(r.lint.median).padStart(6)} ms (${(r.lint.median / kb).toFixed(3)} ms/KB)  parse ${ms(r.parse.median).padStart(6)} ms (${(r.parse.median / kb).toFixed(3)} ms/KB)  ratio ${fmtRatio(ratio(r.lint.median, r.parse.median))}`);
}
if (json) console.log(JSON.stringify(out));
