// The rule contract (ESLint's `meta` beside `create`) and its adapter to a unified lint rule.
//
// A rule declares its messages by id, with {{placeholders}} filled from a report's `data`:
//   meta: { docs: { description }, recommended: 'warn', fixable: 'safe',
//           messages: { misspelled: '"{{word}}" looks like a misspelling of "{{best}}".' } }
//   context.report({ messageId: 'misspelled', data: { word, best }, start, end, fixes })
// A report with an undeclared messageId is a bug in the rule: report() throws, and lint() turns
// it into the rule's failed-rule finding.

import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Category, Fix, Severity, SeverityName } from './types.js';
import type { Doc } from './document.js';
import type { Schema } from './schema.js';
import type { ResolvedConfig } from './types.js';
import { MissingResource, type Resources } from './resources.js';
import { Budget, BudgetExceeded } from './budget.js';

export { BudgetExceeded };

// Derived at build time from package.json's `repository` (esbuild.js), the one place it is set.
declare const FAIRBALANCE_DOCS_BASE: string | undefined;
export const DOCS_BASE = typeof FAIRBALANCE_DOCS_BASE === 'string' ? FAIRBALANCE_DOCS_BASE : 'docs/rules/';

export interface RuleDocs {
  /** One line for the rule list and hovers. */
  description: string;
  /** The rule's documentation page (default: docs/rules/<id>.md). */
  url?: string;
}

export interface RuleMeta {
  docs: RuleDocs;
  /** Severity in the `recommended` preset; `strict` raises every warning to error unless `strict` says otherwise. */
  recommended: SeverityName;
  strict?: SeverityName;
  /** The kind of fix the rule offers, or false. */
  fixable: Fix['kind'] | false;
  /** Message templates by id; `{{name}}` is replaced by `data.name` of the report. */
  messages: Record<string, string>;
  /** The rule's options (`rules: { id: ["warn", options] }`); a rule without a schema takes none. */
  schema?: Schema;
}

/** Values for a message's {{placeholders}}. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Report {
  /** A key of the rule's `meta.messages`. */
  messageId: string;
  data?: MessageData;
  /** [start, end) offsets into the text, from the tree or the tokens. */
  start: number;
  end: number;
  fixes?: Fix[];
  /** This finding's severity when it differs from the rule's (caveat topics have their own). */
  severity?: Severity;
}

export interface RuleContext<Options = unknown> {
  doc: Doc;
  config: ResolvedConfig;
  /** Data given to lint() (the term lexicon): read it through its module's accessor. */
  resources: Resources;
  /** Options from the config (`rules: { id: ["warn", options] }`). */
  options: Options | undefined;
  report(report: Report): void;
  /**
   * True once the document's time budget is spent: a long loop checks it, stops and keeps what
   * it found (a rule told so is listed as cut short in the time-out finding).
   */
  overBudget(): boolean;
  /**
   * Throws BudgetExceeded once the time budget is spent, which stops the rule (its findings so
   * far are kept). Iterating `doc.sentences` with for...of throws once the budget's grace is
   * spent too, so a loop that never asks is stopped as well.
   */
  checkBudget(): void;
}

export interface RuleModule<Options = unknown> {
  id: string;
  category: Category;
  meta: RuleMeta;
  create(context: RuleContext<Options>): void;
  /**
   * Work done once per process before the rule's first document (indexes built from knowledge,
   * word lists decoded): loading, kept off the document's time budget.
   */
  prepare?(): void;
  /**
   * The doc.memo key of work this rule shares with others (the claim rules' one reading of the
   * document): once an earlier rule has stored it, this rule only reports from it, and runs even
   * after the time budget (what was found before the time-out is kept).
   */
  sharedWork?: string;
}

export const ruleUrl = (id: string) => `${DOCS_BASE}${id}.md`;

/** The rule's documentation page. */
export const docsUrl = (rule: RuleModule) => rule.meta.docs.url ?? ruleUrl(rule.id);

const PLACEHOLDER = /\{\{([^{}]+?)\}\}/g;

/** A message template with its {{placeholders}} filled from `data` (ESLint's rule: unknown ones stay as they are). */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const key = name.trim();
    return Object.hasOwn(data, key) ? String(data[key]) : whole;
  });
}

/** The placeholders a template names. */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((m) => m[1].trim());

/** Data that `lint()` puts on the vfile for the rules. */
export interface LintData {
  doc: Doc;
  config: ResolvedConfig;
  resources: Resources;
  /** The document's time budget (see budget.ts). */
  budget: Budget;
  /** @deprecated Epoch ms when the budget started plus timeBudgetMs; the budget is `budget`. */
  deadline: number;
  /** Rules stopped by the budget (BudgetExceeded), with how long they ran. */
  timedOut: { ruleId: string; ms: number }[];
  /** Rules that finished after being told the budget was spent: their findings may be incomplete. */
  cutShort: string[];
  /** Rules not started because the budget and its grace were already spent. */
  skipped: string[];
  /** Rules that threw (a bug in Fair Balance): the rule's other findings are lost, the rest kept. */
  failed: { ruleId: string; error: string }[];
  /** Resources a rule needed and lint() was not given, with the rules they stopped. */
  missing: Map<string, { error: MissingResource; ruleIds: string[] }>;
}

const clampTo = (n: number, max: number) => (Number.isFinite(n) ? Math.max(0, Math.min(Math.trunc(n), max)) : 0);

/**
 * The resources as a rule sees them: reading one (which may load it on first use) is kept off the
 * document's time budget.
 */
function budgetedResources(resources: Resources, budget: Budget): Resources {
  return new Proxy(resources, { get: (target, key) => budget.exclude(() => Reflect.get(target, key)) });
}

/** Where runRule puts a report: its message, severity and place, ready to become a finding or a vfile message. */
export interface RuleReport {
  rule: RuleModule;
  messageId: string;
  message: string;
  /** The report's own severity, if it set one. */
  severity?: Severity;
  start: number;
  end: number;
  startPoint: { line: number; column: number };
  endPoint: { line: number; column: number };
  fixes: Fix[];
}

/**
 * Runs one rule on the document of `data`: its context, the budget (a rule is skipped once the
 * budget and its grace are spent), and its failures recorded in `data` (a rule's bug must not cost
 * the writer the other rules' findings, nor crash the editor).
 */
export function runRule(rule: RuleModule, options: unknown, data: LintData, sink: (report: RuleReport) => void): void {
  const { doc, budget } = data;
  // Past the grace nothing starts; between spent and overrun a rule still runs, so that one
  // reporting what an earlier rule already found (shared through doc.memo) keeps those findings.
  // A rule whose shared work is already done only reports it, so it runs even then.
  if (budget.overrun() && !(rule.sharedWork !== undefined && doc.memo.has(rule.sharedWork))) {
    data.skipped.push(rule.id);
    return;
  }
  const began = performance.now();
  let told = false;
  const context: RuleContext = {
    doc,
    config: data.config,
    resources: budgetedResources(data.resources, budget),
    options,
    overBudget: () => {
      if (!budget.spent()) return false;
      told = true;
      return true;
    },
    checkBudget() {
      if (budget.spent()) throw new BudgetExceeded();
    },
    report(r) {
      const template = Object.hasOwn(rule.meta.messages, r.messageId) ? rule.meta.messages[r.messageId] : undefined;
      if (template === undefined) throw new Error(`${rule.id} reported messageId "${r.messageId}", which its meta.messages does not declare`);
      // A finding always lies inside the text, whatever a rule computed.
      const start = clampTo(r.start, doc.text.length);
      const end = Math.max(start, clampTo(r.end, doc.text.length));
      sink({ rule, messageId: r.messageId, message: formatMessage(template, r.data), severity: r.severity, start, end, startPoint: doc.lines.position(start), endPoint: doc.lines.position(end), fixes: r.fixes ?? [] });
    },
  };
  try {
    rule.create(context);
    if (told) data.cutShort.push(rule.id);
  } catch (error) {
    // Time is CPU time of the document where measured; the message names how long the rule ran.
    if (error instanceof BudgetExceeded) data.timedOut.push({ ruleId: rule.id, ms: Math.min(performance.now() - began, budget.used()) });
    else if (error instanceof MissingResource) {
      const m = data.missing.get(error.resource) ?? { error, ruleIds: [] };
      m.ruleIds.push(rule.id);
      data.missing.set(error.resource, m);
    } else data.failed.push({ ruleId: rule.id, error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Wraps a rule module as a unified plugin, so unified-lint-rule handles its severity and "off".
 * (lint() runs rules with runRule directly; this is for a unified pipeline of one's own.)
 */
export function toUnifiedPlugin(rule: RuleModule) {
  return lintRule({ origin: `fairbalance:${rule.id}`, url: docsUrl(rule) }, (_tree: Root, file: VFile, options: unknown) => {
    const data = (file.data as { fairbalance?: LintData }).fairbalance;
    if (!data) throw new Error('fairbalance: rules run only through lint()');
    runRule(rule, options, data, (r) => {
      const message = file.message(r.message, {
        place: { start: { ...r.startPoint, offset: r.start }, end: { ...r.endPoint, offset: r.end } },
        ruleId: rule.id,
        source: 'fairbalance',
      });
      message.expected = r.fixes.map((f) => f.text);
      Object.assign(message, { fixes: r.fixes, messageId: r.messageId, category: rule.category, severity: r.severity });
    });
  });
}
