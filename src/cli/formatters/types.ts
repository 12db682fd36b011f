import type { LintResult } from '../../core/types.js';

/** One linted file as the formatters see it. */
export interface FileReport {
  /** Absolute path (or the --stdin-filename). */
  path: string;
  result: LintResult;
  /** --fix-dry-run: the fixed text, when fixing would change the file. */
  output?: string;
}

/** A file skipped, unreadable or not fixed, and why (also printed on stderr). */
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
  /** Formats that CI shows (github, sarif) carry these too, so a skipped file is not silent there. */
  notes?: FileNote[];
}

export type Formatter = (reports: FileReport[], context: FormatContext) => string;
