// --format json: the ESLint-style report of RUBRIC section 4. With --fix-dry-run, a file that
// fixing would change also gets `output` (the fixed text), as in ESLint.

import { toEslintResult } from '../../core/eslint-json.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

export const formatJson: Formatter = (reports, { cwd }) =>
  JSON.stringify(
    reports.map((r) => ({ ...toEslintResult(r.result, displayPath(r.path, cwd)), ...(r.output !== undefined ? { output: r.output } : {}) })),
    null,
    2,
  ) + '\n';
