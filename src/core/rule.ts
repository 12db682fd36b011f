// The rule contract (ESLint's `meta` beside `create`) and its adapter to a unified lint rule.

import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Category, Fix, Severity, SeverityName } from './types.js';
import type { Doc } from './document.js';
import type { ResolvedConfig } from './config.js';
import type { Knowledge } from '../knowledge/index.js';

export const DOCS_BASE = 'https://github.com/fairbalance/fairbalance/blob/main/docs/rules/';

export interface RuleMeta {
  /** One line for the rule list and hovers. */
  description: string;
  /** Severity in the `recommended` preset; `strict` raises every warning to error unless `strict` says otherwise. */
  recommended: SeverityName;
  strict?: SeverityName;
  /** The kind of fix the rule offers, or false. */
  fixable: Fix['kind'] | false;
}

export interface Report {
  start: number;
  end: number;
  message: string;
  messageId?: string;
  fixes?: Fix[];
  /** This finding's severity when it differs from the rule's (caveat topics have their own). */
  severity?: Severity;
}

export interface RuleContext<Options = unknown> {
  doc: Doc;
  config: ResolvedConfig;
  knowledge: Knowledge;
  /** Options from the config (`rules: { id: ["warn", options] }`). */
  options: Options | undefined;
  report(report: Report): void;
  /** True once the document's time budget is spent; long loops check it and stop. */
  overBudget(): boolean;
}

export interface RuleModule<Options = unknown> {
  id: string;
  category: Category;
  meta: RuleMeta;
  create(context: RuleContext<Options>): void;
}

export const ruleUrl = (id: string) => `${DOCS_BASE}${id}.md`;

/** Data that `lint()` puts on the vfile for the rules. */
export interface LintData {
  doc: Doc;
  config: ResolvedConfig;
  knowledge: Knowledge;
  deadline: number;
  /** Rules that ran out of time, with how long they ran. */
  timedOut: { ruleId: string; ms: number }[];
}

export class BudgetExceeded extends Error {}

/** Wraps a rule module as a unified plugin, so unified-lint-rule handles its severity and "off". */
export function toUnifiedPlugin(rule: RuleModule) {
  return lintRule({ origin: `fairbalance:${rule.id}`, url: ruleUrl(rule.id) }, (_tree: Root, file: VFile, options: unknown) => {
    const data = (file.data as { fairbalance?: LintData }).fairbalance;
    if (!data) throw new Error('fairbalance: rules run only through lint()');
    const { doc } = data;
    const began = Date.now();
    const context: RuleContext = {
      doc,
      config: data.config,
      knowledge: data.knowledge,
      options,
      overBudget: () => Date.now() > data.deadline,
      report(r) {
        const start = doc.lines.position(r.start);
        const end = doc.lines.position(Math.max(r.end, r.start));
        const message = file.message(r.message, {
          place: { start: { ...start, offset: r.start }, end: { ...end, offset: Math.max(r.end, r.start) } },
          ruleId: rule.id,
          source: 'fairbalance',
        });
        message.expected = (r.fixes ?? []).map((f) => f.text);
        Object.assign(message, { fixes: r.fixes ?? [], messageId: r.messageId, category: rule.category, severity: r.severity });
      },
    };
    try {
      rule.create(context);
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
    }
    if (Date.now() > data.deadline) data.timedOut.push({ ruleId: rule.id, ms: Date.now() - began });
  });
}
