#!/usr/bin/env node
// Term rules benchmark (prints figures, never fails). Run after `npm run build`:
//   node bench/terms.mjs [corpus dir]   (default: ../shared/corpus/seeds)
// Prints the lexicon's load time and memory, and the warm time of the term rules per 5 KB of
// article: lint with only the term rules on, minus lint with every rule off (parsing alone).
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const { lint, resolveConfig, rules } = require(join(root, 'dist/index.js'));
const corpus = resolve(process.argv[2] ?? join(root, '../shared/corpus/seeds'));
const articles = readdirSync(corpus).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(join(corpus, f), 'utf8'));

function configWith(on) {
  const config = resolveConfig({ locale: 'en-US' });
  for (const r of rules) config.rules[r.id] = [on(r) ? 1 : 0, undefined];
  return config;
}
const termsOnly = configWith((r) => r.category === 'term');
const none = configWith(() => false);

const mb = (n) => (n / 1024 / 1024).toFixed(1);

// The lexicon alone: bundle src/terms/lexicon.ts into bench/.data/ and time its two loads (the
// trie from the bytes of dist/lexicon.bin, then the term data JSON on first use).
const esbuild = require('esbuild');
const probe = join(root, 'bench/.data/lexicon-probe.cjs');
esbuild.buildSync({ stdin: { contents: "export { Lexicon } from './src/terms/lexicon.ts';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: probe, logLevel: 'warning' });
const { Lexicon } = require(probe);
global.gc?.();
const m0 = process.memoryUsage();
let s0 = performance.now();
const lexicon = Lexicon.fromBytes(readFileSync(join(root, 'dist/lexicon.bin')), readFileSync(join(root, 'dist/lexicon.json'), 'utf8'));
const trieMs = performance.now() - s0;
s0 = performance.now();
void lexicon.terms;
const jsonMs = performance.now() - s0;
const m1 = process.memoryUsage();
console.log(`lexicon load: ${(trieMs + jsonMs).toFixed(1)} ms (trie ${trieMs.toFixed(1)} ms, term data ${jsonMs.toFixed(1)} ms); memory +${mb(m1.arrayBuffers - m0.arrayBuffers)} MB array buffers, +${mb(m1.heapUsed - m0.heapUsed)} MB heap, +${mb(m1.rss - m0.rss)} MB rss`);
global.gc?.();
const before = process.memoryUsage();
let t = performance.now();
lint('A subaneshetic dose.', { config: termsOnly, format: 'text' });
const cold = performance.now() - t;
const after = process.memoryUsage();
console.log(`first term check in a process (lexicon load, JIT warm-up): ${cold.toFixed(1)} ms; memory +${mb(after.rss - before.rss)} MB rss, +${mb(after.arrayBuffers - before.arrayBuffers)} MB array buffers, +${mb(after.heapUsed - before.heapUsed)} MB heap`);

/** Fastest of several batches (ms for the whole corpus), alternating configs to share GC and JIT noise. */
function fastest(configs, batches = 7, rounds = 10) {
  const best = configs.map(() => Infinity);
  for (let b = 0; b < batches; b++) {
    configs.forEach((config, i) => {
      const s = performance.now();
      for (let r = 0; r < rounds; r++) for (const text of articles) lint(text, { config, format: 'text' });
      best[i] = Math.min(best[i], (performance.now() - s) / rounds);
    });
  }
  return best;
}
const [withTerms, parseOnly] = fastest([termsOnly, none]);
const kb = articles.reduce((n, a) => n + a.length, 0) / 1024;
const per5 = ((withTerms - parseOnly) / kb) * 5;
console.log(`warm term check: ${per5.toFixed(2)} ms per 5 KB (${articles.length} articles, ${kb.toFixed(1)} KB; lint with term rules ${(withTerms / kb * 5).toFixed(2)} ms per 5 KB, parse alone ${(parseOnly / kb * 5).toFixed(2)} ms per 5 KB)`);
