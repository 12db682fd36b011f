// lint(): text + settings -> findings. Pure: no file system, no editor.

import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { buildDoc } from './document.js';
import { plainTextParser } from './plaintext.js';
import { resolveConfig, type ResolvedConfig, type UserConfig } from './config.js';
import { toUnifiedPlugin, ruleUrl, type LintData } from './rule.js';
import { applySuppressions } from './suppress.js';
import { applyFixes, type ApplyOptions } from './fixes.js';
import { splitBom } from './text.js';
import { rules, ruleById } from '../rules/index.js';
import { knowledge } from '../knowledge/index.js';
import type { Category, DocumentSummary, Finding, Fix, LintResult, Severity } from './types.js';

export interface LintOptions {
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

const isResolved = (c: ResolvedConfig | UserConfig): c is ResolvedConfig =>
  typeof (c as ResolvedConfig).timeBudgetMs === 'number' && Array.isArray((c as ResolvedConfig).words) && typeof (c as ResolvedConfig).region === 'string';

// One parser per format, built once. Rules are unified plugins; one processor per distinct
// severity setup, built once and reused.
const parsers = {
  markdown: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze(),
  text: unified().use(plainTextParser).freeze(),
};
const ruleProcessors = new Map<string, Processor<undefined, Root, Root>>();

function processorFor(config: ResolvedConfig): Processor<undefined, Root, Root> {
  const key = JSON.stringify(rules.map((r) => config.rules[r.id] ?? [0]));
  let processor = ruleProcessors.get(key);
  if (!processor) {
    let p = unified() as unknown as Processor<undefined, Root, Root>;
    for (const rule of rules) {
      const [severity, options] = config.rules[rule.id] ?? [0, undefined];
      if (severity) p = p.use(toUnifiedPlugin(rule), [severity, options]) as unknown as Processor<undefined, Root, Root>;
    }
    processor = p.freeze();
    if (ruleProcessors.size > 50) ruleProcessors.clear();
    ruleProcessors.set(key, processor);
  }
  return processor;
}

/** Lints one article. Never throws on any text. */
export function lint(raw: string, options: LintOptions = {}): LintResult {
  const config = options.config && isResolved(options.config) ? options.config : resolveConfig(options.config as UserConfig | undefined);
  const { text } = splitBom(String(raw ?? ''));
  const format = options.format ?? formatOf(options.filePath);
  const file = new VFile({ value: text, path: options.filePath });
  const tree = parsers[format].parse(file) as Root;
  const doc = buildDoc(text, tree, format, options.filePath);
  const data: LintData = { doc, config, knowledge, deadline: Date.now() + config.timeBudgetMs, timedOut: [] };
  (file.data as { fairbalance?: LintData }).fairbalance = data;
  processorFor(config).runSync(tree, file);

  let findings = file.messages.map((m) => toFinding(m, doc.lines));
  for (const t of data.timedOut) {
    const title = doc.lines.position(doc.title.start);
    const titleEnd = doc.lines.position(doc.title.end);
    findings.push({
      ruleId: 'fairbalance-timeout',
      category: 'meta',
      severity: 1,
      message: `Fair Balance stopped ${t.ruleId} after ${(t.ms / 1000).toFixed(1)} s; its findings for this file may be incomplete.`,
      start: doc.title.start,
      end: doc.title.end,
      line: title.line,
      column: title.column,
      endLine: titleEnd.line,
      endColumn: titleEnd.column,
      url: ruleUrl(t.ruleId),
      fixes: [],
    });
  }
  findings = applySuppressions(doc, findings);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const summary: DocumentSummary = (doc.memo.get('summary') as DocumentSummary | undefined) ?? { format, therapies: [], topics: [] };
  return { filePath: options.filePath, findings, summary: { ...summary, format } };
}

function toFinding(m: VFileMessage, lines: ReturnType<typeof buildDoc>['lines']): Finding {
  const extra = m as VFileMessage & { fixes?: Fix[]; messageId?: string; category?: Category; severity?: Severity };
  const start = m.place && 'start' in m.place ? m.place.start.offset ?? 0 : 0;
  const end = m.place && 'end' in m.place ? m.place.end.offset ?? start : start;
  const a = lines.position(start);
  const b = lines.position(end);
  const rule = ruleById.get(m.ruleId ?? '');
  return {
    ruleId: m.ruleId ?? 'unknown',
    category: extra.category ?? rule?.category ?? 'meta',
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
export function lintAndFix(raw: string, options: LintOptions & ApplyOptions & { maxPasses?: number } = {}): { output: string; result: LintResult; passes: number } {
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
