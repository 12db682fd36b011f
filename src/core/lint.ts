// lint(): text + settings -> findings. Pure: no file system, no editor.

import type { Root } from 'mdast';
import { buildDoc } from './document.js';
import { parsePlainText } from './plaintext.js';
import { isResolvedConfig, presetLevel, resolveConfig, type ResolvedConfig, type UserConfig } from './config.js';
import { docsUrl, runRule, ruleUrl, type LintData, type RuleModule } from './rule.js';
import type { Registry } from './registry.js';
import type { Resources } from './resources.js';
import { applySuppressions, directiveProblems } from './suppress.js';
import { applyFixes, type ApplyOptions } from './fixes.js';
import { parseMarkdown, type PlainRange } from './markdown.js';
import { parseMarkdownTree } from './markdown-parser.js';
import { parseAgain } from './reparse.js';
import { Budget, type Clock } from './budget.js';
import { META_RULES, metaSeverity, type MetaRuleId } from './meta.js';
import { LineIndex, byCodeUnits, splitBom } from './text.js';
import type { DocumentSummary, Finding, LintResult, Severity } from './types.js';

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
  /**
   * Where the time budget's time comes from: milliseconds of CPU time used by this thread (any
   * origin; it must not advance faster than wall time). The Node face passes the thread's CPU
   * clock (src/node/cpu-clock.ts); without one the budget counts wall time.
   */
  clock?: Clock;
}

const TEXT_EXTENSIONS = /\.(txt|text)$/i;

export function formatOf(filePath?: string): 'markdown' | 'text' {
  return filePath && TEXT_EXTENSIONS.test(filePath) ? 'text' : 'markdown';
}

/**
 * Runs the rules the config turns on and returns their findings. A rule the config does not name
 * (it was resolved for another registry) runs at its preset severity.
 */
/** Rules whose `prepare` has run in this process. */
const prepared = new WeakSet<RuleModule>();

function runRules(registry: Registry, config: ResolvedConfig, data: LintData): Finding[] {
  const findings: Finding[] = [];
  for (const rule of registry.rules) {
    const [level, options] = config.rules[rule.id] ?? [presetLevel(rule.meta), undefined];
    if (!level) continue;
    const severity: Severity = level === 2 ? 2 : 1;
    const url = docsUrl(rule);
    if (rule.prepare && !prepared.has(rule)) {
      prepared.add(rule);
      data.budget.exclude(() => rule.prepare!());
    }
    runRule(rule, options, data, (r) => {
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: r.severity ?? severity,
        message: r.message,
        messageId: r.messageId,
        start: r.start,
        end: r.end,
        line: r.startPoint.line,
        column: r.startPoint.column,
        endLine: r.endPoint.line,
        endColumn: r.endPoint.column,
        url,
        fixes: r.fixes,
      });
    });
  }
  return findings;
}

const plainParse = (text: string, start?: number, end?: number) => parsePlainText(text, start, end);

/**
 * Parses and analyses the text. Markdown is parsed with bounded work (markdown.ts): the parts
 * that would take the parser too long, or the whole text if the parser throws, are read as plain
 * text (which has no nesting), and `plain` says which and why.
 */
function analyse(text: string, format: 'markdown' | 'text', budgetMs: number, clock: Clock | undefined, filePath?: string): { doc: ReturnType<typeof buildDoc>; tree: Root; plain: PlainRange[] } {
  // Reading has budgets of its own, each as long as the rules': one for Markdown (the chunks
  // after it are plain text), then one for English (the blocks after it are not read). A large
  // ordinary article never reaches them; a hostile one cannot hold the linter for long.
  const english = () => new Budget(budgetMs, clock);
  if (format === 'markdown') {
    try {
      // A file linted again (an editor's) parses only the blocks its edit changed (reparse.ts).
      const whole = filePath !== undefined ? (source: string) => parseAgain(filePath, source, parseMarkdownTree) : undefined;
      const { tree, plain } = parseMarkdown(text, { markdown: parseMarkdownTree, whole, plain: plainParse, budget: new Budget(budgetMs, clock) });
      return { doc: buildDoc(text, tree, 'markdown', filePath, english()), tree, plain };
    } catch (error) {
      const reason = error instanceof RangeError ? 'it is nested too deeply' : `the Markdown parser failed (${(error as Error)?.message ?? error})`;
      const tree = plainParse(text);
      return { doc: buildDoc(text, tree, 'text', filePath, english()), tree, plain: [{ start: 0, end: text.length, reason }] };
    }
  }
  const tree = plainParse(text);
  return { doc: buildDoc(text, tree, 'text', filePath, english()), tree, plain: [] };
}

/**
 * The resolved settings. A user config given to lint() is not validated (validateConfig is for
 * that): what cannot be used is left out (phrases that do not parse) or replaced by its default
 * (a time budget that is not a positive number), so linting never stops on it.
 */
function configOf(options: LintOptions): ResolvedConfig {
  const given = options.config;
  if (given && isResolvedConfig(given)) return given;
  return resolveConfig(given as UserConfig | undefined, undefined, options.registry);
}

/** Lints one article. Never throws on any text: a failure inside becomes a `fairbalance-*` finding. */
export function lint(raw: string, options: LintOptions): LintResult {
  const { registry } = options;
  const config = configOf(options);
  const { text } = splitBom(String(raw ?? ''));
  const format = options.format ?? formatOf(options.filePath);
  const severityOf = (id: MetaRuleId) => metaSeverity(id, config.rules);
  let analysed: ReturnType<typeof analyse>;
  try {
    analysed = analyse(text, format, config.timeBudgetMs, options.clock, options.filePath);
  } catch (error) {
    const message = `Fair Balance could not read this file (${(error as Error)?.message ?? error}); please report it.`;
    const finding = metaFinding('fairbalance-internal-error', severityOf('fairbalance-internal-error') || 2, message, { start: 0, end: 0 }, new LineIndex(text));
    return { filePath: options.filePath, findings: [finding], summary: { format, therapies: [], topics: [] } };
  }
  const { doc, plain } = analysed;
  const budget = new Budget(config.timeBudgetMs, options.clock);
  doc.sentences.budget = budget;
  const data: LintData = { doc, config, resources: options.resources ?? {}, budget, deadline: Date.now() + budget.ms, timedOut: [], cutShort: [], skipped: [], failed: [], missing: new Map() };
  let findings = runRules(registry, config, data);
  doc.sentences.budget = undefined;
  const meta = (ruleId: MetaRuleId, message: string, at: { start: number; end: number } = doc.title) => {
    const severity = severityOf(ruleId);
    if (severity) findings.push(metaFinding(ruleId, severity, message, at, doc.lines));
  };
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  for (const p of plain) {
    const whole = p.start === 0 && p.end >= text.length;
    const where = whole ? 'this file' : `lines ${doc.lines.position(p.start).line}-${doc.lines.position(Math.max(p.start, p.end - 1)).line}`;
    meta('fairbalance-plain-text', `Fair Balance read ${where} as plain text, not Markdown, because ${p.reason}.`, { start: p.start, end: p.start });
  }
  if (doc.unreadFrom !== undefined) {
    const line = doc.lines.position(doc.unreadFrom).line;
    meta('fairbalance-timeout', `Fair Balance read this file only up to line ${line} within its time budget (${seconds(config.timeBudgetMs)} for reading); nothing after that was linted.`, { start: doc.unreadFrom, end: doc.unreadFrom });
  }
  const parts: string[] = [];
  for (const t of data.timedOut) parts.push(`stopped ${t.ruleId} after ${seconds(t.ms)}`);
  if (data.cutShort.length) parts.push(`cut short ${data.cutShort.join(', ')}`);
  if (data.skipped.length) parts.push(`skipped ${data.skipped.join(', ')}`);
  if (parts.length) {
    meta('fairbalance-timeout', `Fair Balance ran out of this file's ${seconds(budget.ms)} time budget (it ${parts.join('; ')}), so its findings for this file may be incomplete; the findings made before the time-out are kept.`);
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
  for (const p of directiveProblems(doc, [...registry.rules.map((r) => r.id), ...Object.keys(META_RULES)])) meta('fairbalance-directive', p.message, p);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || byCodeUnits(a.ruleId, b.ruleId));
  return { filePath: options.filePath, findings, summary: { ...summary, format } };
}

/** A finding about the linting itself (time budget, internal failure), on the document's title. */
function metaFinding(ruleId: string, severity: Severity, message: string, at: { start: number; end: number }, lines: LineIndex): Finding {
  const a = lines.position(at.start);
  const b = lines.position(at.end);
  return { ruleId, category: 'meta', severity, message, start: at.start, end: at.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, url: ruleUrl(ruleId), fixes: [] };
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
