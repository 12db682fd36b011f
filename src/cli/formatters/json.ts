// --format json: the ESLint-style report of RUBRIC section 4. With --fix-dry-run, a file that
// fixing would change also gets `output` (the fixed text), as in ESLint. Written entry by entry,
// one line each, and without indentation, as ESLint's json formatter writes it: the report of a
// large run is half the size and takes half the time to write (pipe it to `jq` to read it).

import { toEslintResult } from '../../core/eslint-json.js';
import { displayPath } from './paths.js';
import type { StreamFormat } from './types.js';

export const json: StreamFormat = {
  head: () => '[',
  items: (r, { cwd }) => (!r ? [] : [JSON.stringify({ ...toEslintResult(r.result, displayPath(r.path, cwd)), ...(r.output !== undefined ? { output: r.output } : {}) })]),
  separator: ',\n',
  tail: () => ']\n',
};
