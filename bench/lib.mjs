// Shared by the benchmarks: the articles they lint, the parse-only floor (Markdown with front
// matter and every GFM construct -> mdast -> nlcst), timing statistics and the budget table.
// Benchmarks print figures; they never pass or fail.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { VFile } from 'vfile';

export const ROOT = resolve(import.meta.dirname, '..');
export const DATA = join(ROOT, 'bench', '.data');
const SEEDS = resolve(ROOT, '..', 'shared', 'corpus', 'seeds');

/** The built Node API (needs `npm run build`). */
export function loadApi() {
  const path = join(ROOT, 'dist', 'index.js');
  if (!existsSync(path)) throw new Error('bench: dist/index.js is missing; run `npm run build` first (npm run bench does).');
  return createRequire(import.meta.url)(path);
}

/** The seed articles' texts, or, when ../shared is missing, generated stand-ins. */
export function seedTexts() {
  if (existsSync(SEEDS)) {
    const texts = readdirSync(SEEDS)
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort()
      .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    if (texts.length) return texts;
  }
  return [1, 2, 3, 4, 5].map(syntheticArticle);
}

// A deterministic stand-in article (used only when the seed corpus is absent).
function syntheticArticle(n) {
  const therapy = ['ketamine infusions', 'esketamine nasal spray', 'TMS therapy', 'IV vitamin drips', 'PRP injections'][n - 1];
  const para = [
    `Many patients ask our team whether ${therapy} could help them. Research is still developing, and results differ from person to person.`,
    `Before a first appointment, a clinician reviews your health history, current medicines and goals. Some people notice changes within weeks; others notice none.`,
    `Side effects can include nausea, dizziness, headache or a short rise in blood pressure. Tell your provider about any reaction, even a mild one.`,
    `Our clinic has treated hundreds of patients since 2015, and 70% of them report at least some improvement in daily life.`,
    `Costs vary with the number of sessions. Insurance may not cover ${therapy}, so ask about payment plans before you begin.`,
  ];
  let text = `# What to expect from ${therapy}\n\n`;
  for (let i = 0; text.length < 4200; i++) text += (i % 6 === 5 ? `## Section ${i}\n\n` : '') + para[(i * n) % para.length] + '\n\n';
  return text;
}

/** One article of about `bytes` UTF-8 bytes (within a paragraph), made of the seeds' lines in turn, each a Markdown paragraph (some seeds break paragraphs with one newline). */
export function articleOfSize(bytes, texts = seedTexts()) {
  const paragraphs = texts.flatMap((t) => t.split(/\n/).map((p) => p.trim()).filter(Boolean));
  let out = '';
  for (let i = 0; Buffer.byteLength(out) < bytes; i++) out += paragraphs[i % paragraphs.length] + '\n\n';
  return out;
}

// The floor: what lint() must do before any rule runs (Markdown -> mdast -> nlcst).
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze();
const english = new ParseEnglish();
const IGNORED = ['yaml', 'toml', 'code', 'html', 'math', 'inlineMath', 'definition', 'footnoteDefinition'];

/**
 * The floor: `text` read to mdast and nlcst. The budgets are measured against remark-gfm's full
 * parser; `parse` can be the parser lint() uses (core/markdown-parser.ts, which leaves out the
 * GFM constructs a text cannot contain), to show what the rules themselves cost.
 */
export function parseOnly(text, parse) {
  const file = new VFile({ value: text });
  const mdast = parse ? parse(text) : markdown.parse(file);
  return toNlcst(mdast, file, english, { ignore: IGNORED });
}

/** Runs `fn` `runs` times after `warmup` calls; returns median, p95, mean and min in ms. */
export function time(fn, runs, warmup = Math.min(20, runs)) {
  for (let i = 0; i < warmup; i++) fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return stats(xs);
}

/**
 * Times two functions in alternation (a, b, a, b, ...), so that both see the same JIT, garbage
 * collector and machine load; returns [stats of a, stats of b].
 */
export function timePair(a, b, runs, warmup = Math.min(20, runs)) {
  for (let i = 0; i < warmup; i++) a(), b();
  const xs = [];
  const ys = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    a();
    xs.push(performance.now() - t);
    t = performance.now();
    b();
    ys.push(performance.now() - t);
  }
  return [stats(xs), stats(ys)];
}

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { runs: s.length, median: at(0.5), p95: at(0.95), min: s[0], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

export const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
export const ratio = (a, b) => (b > 0 ? a / b : NaN);
export const fmtRatio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a');

/**
 * Budget rows: { figure, value (number or null for n/a), unit, budget, max (the goal), note }.
 * A row with value null prints "n/a" and counts as neither met nor missed.
 */
export function printTable(rows) {
  const cells = rows.map((r) => [
    r.figure,
    r.value === null || r.value === undefined || Number.isNaN(r.value) ? 'n/a' : `${r.unit === 'x' ? r.value.toFixed(2) : r.unit === 's' ? r.value.toFixed(3) : r.unit === 'MB' ? r.value.toFixed(0) : ms(r.value)} ${r.unit}`,
    `<= ${r.max} ${r.unit}`,
    r.value === null || r.value === undefined || Number.isNaN(r.value) ? 'n/a' : r.value <= r.max ? 'met' : 'MISSED',
  ]);
  const head = ['figure', 'value', 'budget', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}
