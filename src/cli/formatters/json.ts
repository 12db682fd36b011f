// --format json: the ESLint-style report of RUBRIC section 4.

import { relative } from 'node:path';
import { toEslintResult } from '../../core/eslint-json.js';
import type { FileReport } from './types.js';

export function formatJson(reports: FileReport[], cwd: string): string {
  return JSON.stringify(reports.map((r) => toEslintResult(r.result, relative(cwd, r.path) || r.path)), null, 2) + '\n';
}
