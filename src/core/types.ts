// The shapes every face of Fair Balance (CLI, language server, Node API) shares.

export type Category = 'claim' | 'term' | 'caveat' | 'plain' | 'meta';

/** Severity as written in config files. */
export type SeverityName = 'off' | 'warn' | 'error';
/** Severity as reported: 1 warning, 2 error (ESLint's numbers). */
export type Severity = 1 | 2;

/**
 * How a fix may be applied.
 * - `safe`: one clear correction (a spelling fix, a citation marker); `--fix` and fix-on-save apply it.
 * - `claim`: a hedged rewrite of a claim; offered in the editor, applied by the CLI only with `--fix-type claim`.
 * - `caveat`: an inserted safety section; applied by the CLI only with `--fix-type caveat`.
 * - `term`: a correction that needs a human choice (several candidates, or a rephrasing).
 */
export type FixKind = 'safe' | 'claim' | 'caveat' | 'term';

/** A text edit on the original source: replace [start, end) with `text`. Offsets are UTF-16 indices. */
export interface Fix {
  range: [number, number];
  text: string;
  /** What the edit does, for a quick-fix title ("Replace with “subanesthetic”"). */
  title: string;
  kind: FixKind;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** The message's id in its rule's `meta.messages` (for caveat-missing the topic id, RUBRIC section 2); none on fairbalance-* findings. */
  messageId?: string;
  /** [start, end) offsets into the text (after a leading BOM is removed). */
  start: number;
  end: number;
  /** 1-based line and column; endColumn is exclusive; columns in UTF-16 code units. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The rule's documentation page. */
  url: string;
  /** Replacements, the first preferred. */
  fixes: Fix[];
}

export interface LintResult {
  filePath?: string;
  findings: Finding[];
  /** What the article is about, for views such as the safety checklist. */
  summary: DocumentSummary;
}

export interface DocumentSummary {
  format: 'markdown' | 'text';
  therapies: string[];
  /** Caveat topics the article needs, and whether each is present. */
  topics: { id: string; present: boolean }[];
  /** The article's reading grade (`formula`: "SMOG" or "Flesch-Kincaid") and the target it is held to; absent when too short to measure. */
  readability?: { grade: number; target: number; formula: string };
}

// --- config (see config.ts) -----------------------------------------------------------------

export type RuleSetting = SeverityName | [SeverityName] | [SeverityName, unknown];

/** Settings that can differ per folder (`overrides`): core keys and scoped sections. */
export interface ScopedConfig {
  rules?: Record<string, RuleSetting>;
  locale?: 'en-US' | 'en-GB';
  region?: string;
  words?: string[];
  /** Section keys (`requireTopics`, `therapies`, ...): see the registry's sections. */
  [section: string]: unknown;
}

export interface UserConfig extends ScopedConfig {
  $schema?: string;
  extends?: 'recommended' | 'strict';
  /** Per-document time budget for all rules, in milliseconds. */
  timeBudgetMs?: number;
  /** Files larger than this many bytes are skipped by the CLI. */
  maxFileSize?: number;
  overrides?: (ScopedConfig & { files: string | string[] })[];
}

export interface ResolvedConfig {
  /** Rule id -> [severity 0|1|2, options]. */
  rules: Record<string, [0 | 1 | 2, unknown]>;
  locale?: 'en-US' | 'en-GB';
  region: string;
  words: string[];
  timeBudgetMs: number;
  maxFileSize: number;
  /** Resolved section values by key (read through the owning module's accessor). */
  sections: Record<string, unknown>;
}
