import type { LintResult } from '../../core/types.js';

/** One linted file as the formatters see it. */
export interface FileReport {
  path: string;
  result: LintResult;
}
