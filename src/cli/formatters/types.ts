import type { LintResult } from '../../core/types.js';

/** One linted file as the formatters see it. */
export interface FileReport {
  /** Absolute path (or the --stdin-filename). */
  path: string;
  result: LintResult;
  /** --fix-dry-run: the fixed text, when fixing would change the file. */
  output?: string;
}

/** A file skipped or not fixed, and why (also printed on stderr). */
export interface FileNote {
  path: string;
  level: 'warning' | 'error';
  message: string;
}

export interface FormatContext {
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** ANSI colours (stylish only). */
  color: boolean;
  /** Formats that CI shows (github, sarif) carry these too, so a file not fixed is not silent there. */
  notes?: FileNote[];
}

/** What the whole run found, for a format's last lines. */
export interface RunSummary {
  files: number;
  errors: number;
  warnings: number;
  /** Findings with a safe fix (what --fix would fix). */
  fixable: number;
  /** Findings with a fix of another kind (what only --fix-type <kind> applies), by kind. */
  fixableBy: Record<string, number>;
  /** Findings shown (with --quiet, the errors only). */
  shown: number;
  /** Test cases (JUnit: one per finding shown, or one for a clean file). */
  tests: number;
  /** Items left out because the format caps them (SARIF), and the cap. */
  dropped: number;
  /** Every note of the run (the per-file ones too). */
  notes: FileNote[];
}

/**
 * A report format written as the files come, in order, so that a run of 100,000 files never
 * holds their findings: text before the first file, each file's items (lines, JSON entries,
 * SARIF results), joined by `separator`, and text after the last. `items` runs where the file
 * was linted (a worker thread), so formatting is spread over the cores too.
 */
export interface StreamFormat {
  /** With `buffered`, called after the last file, with the run's summary (its totals come first). */
  head(context: FormatContext, summary?: RunSummary): string;
  /** The items are kept (as text) and written after `head(summary)` at the end. */
  buffered?: boolean;
  /** One file's items; `report` is missing for a file that could not be linted at all (only its notes remain). */
  items(report: FileReport | undefined, context: FormatContext, notes: readonly FileNote[]): string[];
  separator: string;
  tail(summary: RunSummary, context: FormatContext): string;
  /** At most this many items in one report (the rest are counted in `dropped`). */
  maxItems?: number;
  /**
   * A format that needs every file at once (a site audit): its items are the files' reports as
   * JSON, kept until the end, and this writes the whole report (see wholeReport).
   */
  whole?: Formatter;

}

export type Formatter = (reports: FileReport[], context: FormatContext) => string;
