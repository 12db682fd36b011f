// lint(): text + settings -> findings. Pure: no file system, no editor.

import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { buildDoc } from './document.js';
import { plainTextParser } from './plaintext.js';
import { isResolvedConfig, presetLevel, resolveConfig, type ResolvedConfig, type UserConfig } from './config.js';
import { toUnifiedPlugin, ruleUrl, type LintData, type RuleModule } from './rule.js';
import type { Registry } from './registry.js';
import type { Resources } from './resources.js';
import { applySuppressions } from './suppress.js';
import { applyFixes, type ApplyOptions } from './fixes.js';
import { markdownHazard } from './guard.js';
import { LineIndex, splitBom } from './text.js';
import type { Category, DocumentSummary, Finding, Fix, LintResult, Severity } from './types.js';

type VFileMessage = VFile['messages'][number];

export interface LintOptions {
  /** The rules to run and the config sections they read (assembled by a face: src/node). */
  registry: Registry;
  /** Data the rules read that the core does not load (the term lexicon). */
  resources?: Resources;
  filePath?: string;
  /** A resolved config, or a user config to resolve (default: the recommended preset). */
  config?: ResolvedConfig | UserConfig;
  /** Force the format; by default `.txt` (and other non-Markdown names) are plain text. */
  format?: 'markdown' | 'text';
}

const TEXT_EXTENSIONS = /\.(txt|text)$/i;

export function formatOf(filePath?: string): 'markdown' | 'text' {
  return filePath && TEXT_EXTENSIONS.test(filePath) ? 'text' : 'markdown';
}

// One parser per format, built once. Rules are unified plugins; one processor per registry and
// distinct severity setup, built once and reused.
const parsers = {
  markdown: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze(),
  text: unified().use(plainTextParser).freeze(),
};
const ruleProcessors = new WeakMap<Registry, Map<string, Processor<undefined, Root, Root>>>();

function processorFor(registry: Registry, config: ResolvedConfig): Processor<undefined, Root, Root> {
  // A rule the config does not name (it was resolved for another registry) runs at its preset severity.
  const setting = (rule: RuleModule): [number, unknown] => config.rules[rule.id] ?? [presetLevel(rule.meta), undefined];
  const key = JSON.stringify(registry.rules.map((r) => setting(r)));
  let cache = ruleProcessors.get(registry);
  if (!cache) ruleProcessors.set(registry, (cache = new Map()));
  let processor = cache.get(key);
  if (!processor) {
    let p = unified() as unknown as Processor<undefined, Root, Root>;
    for (const rule of registry.rules) {
      const [severity, options] = setting(rule);
      if (severity) p = p.use(toUnifiedPlugin(rule), [severity, options]) as unknown as Processor<undefined, Root, Root>;
    }
    processor = p.freeze();
    if (cache.size > 50) cache.clear();
    cache.set(key, processor);
  }
  return processor;
}

/**
 * Parses and analyses the text. Markdown that would take the parser seconds or overflow its
 * recursive tree walks (see guard.ts), or that makes it throw, is read as plain text instead
 * (which has no nesting), and `fallback` says why.
 */
function analyse(text: string, format: 'markdown' | 'text', filePath?: string): { doc: ReturnType<typeof buildDoc>; tree: Root; fallback?: string } {
  let fallback = format === 'markdown' ? markdownHazard(text) : undefined;
  if (!fallback) {
    try {
      const tree = parsers[format].parse(new VFile({ value: text, path: filePath })) as Root;
      return { doc: buildDoc(text, tree, format, filePath), tree };
    } catch (error) {
      if (format === 'text') throw error;
      fallback = error instanceof RangeError ? 'it is nested too deeply' : `the Markdown parser failed (${(error as Error)?.message ?? error})`;
    }
  }
  const tree = parsers.text.parse(new VFile({ value: text, path: filePath })) as Root;
  return { doc: buildDoc(text, tree, 'text', filePath), tree, fallback };
}

/** Lints one article. Never throws on any text: a failure inside becomes a `fairbalance-*` finding. */
export function lint(raw: string, options: LintOptions): LintResult {
  const { registry } = options;
  const config = options.config && isResolvedConfig(options.config) ? options.config : resolveConfig(options.config as UserConfig | undefined, undefined, registry);
  const { text } = splitBom(String(raw ?? ''));
  const format = options.format ?? formatOf(options.filePath);
  let analysed: ReturnType<typeof analyse>;
  try {
    analysed = analyse(text, format, options.filePath);
  } catch (error) {
    const message = `Fair Balance could not read this file (${(error as Error)?.message ?? error}); please report it.`;
    const finding = metaFinding('fairbalance-internal-error', message, { start: 0, end: 0 }, new LineIndex(text));
    return { filePath: options.filePath, findings: [finding], summary: { format, therapies: [], topics: [] } };
  }
  const { doc, tree, fallback } = analysed;
  const file = new VFile({ value: text, path: options.filePath });
  const deadline = Date.now() + config.timeBudgetMs;
  doc.sentences.deadline = deadline;
  const data: LintData = { doc, config, resources: options.resources ?? {}, deadline, timedOut: [], skipped: [], failed: [], missing: new Map() };
  (file.data as { fairbalance?: LintData }).fairbalance = data;
  try {
    processorFor(registry, config).runSync(tree, file);
  } catch (error) {
    data.failed.push({ ruleId: 'fairbalance', error: (error as Error)?.message ?? String(error) });
  }
  doc.sentences.deadline = Infinity;

  let findings = file.messages.map((m) => toFinding(m, doc.lines));
  const meta = (ruleId: string, message: string) => findings.push(metaFinding(ruleId, message, doc.title, doc.lines));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  if (fallback) meta('fairbalance-internal-error', `Fair Balance read this file as plain text, not Markdown, because ${fallback}.`);
  for (const t of data.timedOut) {
    meta('fairbalance-timeout', `Fair Balance stopped ${t.ruleId} after ${seconds(t.ms)}; its findings for this file may be incomplete.`);
  }
  if (data.skipped.length) {
    meta('fairbalance-timeout', `Fair Balance skipped ${data.skipped.join(', ')}: this file's ${seconds(config.timeBudgetMs)} time budget was spent.`);
  }
  for (const f of data.failed) {
    meta('fairbalance-internal-error', `Fair Balance's rule ${f.ruleId} failed on this file (${f.error}); its findings are missing, the other rules' are kept. Please report this.`);
  }
  for (const [, m] of data.missing) {
    meta('fairbalance-internal-error', `Fair Balance could not run ${m.ruleIds.join(', ')}: ${m.error.message}. The other rules' findings are kept.`);
  }
  const summary: DocumentSummary = { ...((doc.memo.get('summary') as DocumentSummary | undefined) ?? { format, therapies: [], topics: [] }) };
  for (const contribute of registry.summaries ?? []) {
    try {
      Object.assign(summary, contribute(doc, config));
    } catch (error) {
      meta('fairbalance-internal-error', `Fair Balance could not complete this file's summary (${(error as Error)?.message ?? error}); its findings are kept. Please report this.`);
    }
  }
  findings = applySuppressions(doc, findings);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { filePath: options.filePath, findings, summary: { ...summary, format } };
}

/** A finding about the linting itself (time budget, internal failure), on the document's title. */
function metaFinding(ruleId: string, message: string, at: { start: number; end: number }, lines: LineIndex): Finding {
  const a = lines.position(at.start);
  const b = lines.position(at.end);
  return { ruleId, category: 'meta', severity: 1, message, start: at.start, end: at.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, url: ruleUrl(ruleId), fixes: [] };
}

function toFinding(m: VFileMessage, lines: ReturnType<typeof buildDoc>['lines']): Finding {
  const extra = m as VFileMessage & { fixes?: Fix[]; messageId?: string; category?: Category; severity?: Severity };
  const start = m.place && 'start' in m.place ? m.place.start.offset ?? 0 : 0;
  const end = m.place && 'end' in m.place ? m.place.end.offset ?? start : start;
  const a = lines.position(start);
  const b = lines.position(end);
  return {
    ruleId: m.ruleId ?? 'unknown',
    category: extra.category ?? 'meta',
    severity: extra.severity ?? (m.fatal ? 2 : 1),
    message: m.reason,
    ...(extra.messageId ? { messageId: extra.messageId } : {}),
    start,
    end,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    url: m.url ?? ruleUrl(m.ruleId ?? ''),
    fixes: extra.fixes ?? [],
  };
}

/**
 * Lints and fixes until nothing changes (at most `maxPasses` times), so that fixes held back for
 * overlapping are applied on a later pass. Returns the final text and the findings left.
 */
export function lintAndFix(raw: string, options: LintOptions & ApplyOptions & { maxPasses?: number }): { output: string; result: LintResult; passes: number } {
  let output = raw;
  let result = lint(output, options);
  let passes = 0;
  while (passes < (options.maxPasses ?? 10)) {
    const { output: next, applied } = applyFixes(output, result.findings, options);
    if (!applied.length || next === output) break;
    output = next;
    passes++;
    result = lint(output, options);
  }
  return { output, result, passes };
}
