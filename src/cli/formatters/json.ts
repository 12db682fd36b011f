// --format json: the ESLint-style report of RUBRIC section 4. With --fix-dry-run, a file that
// fixing would change also gets `output` (the fixed text), as in ESLint. Written entry by entry,
// laid out as JSON.stringify(report, null, 2) would lay out the whole array.

import { toEslintResult } from '../../core/eslint-json.js';
import { displayPath } from './paths.js';
import type { StreamFormat } from './types.js';

const indent = (s: string, by: string) => by + s.replace(/\n/g, `\n${by}`);

export const json: StreamFormat = {
  head: () => '[\n',
  items: (r, { cwd }) => (!r ? [] : [indent(JSON.stringify({ ...toEslintResult(r.result, displayPath(r.path, cwd)), ...(r.output !== undefined ? { output: r.output } : {}) }, null, 2), '  ')]),
  separator: ',\n',
  tail: ({ files }) => (files ? '\n]\n' : ']\n'),
};
