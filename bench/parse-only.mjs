// The CI floor: reads every article under the given folders and parses it (Markdown with front
// matter and GFM -> mdast -> nlcst), with no rules and no output. With --same-parser, with the
// parser lint() uses, which leaves out the GFM constructs a text cannot contain.
//   node bench/parse-only.mjs [--same-parser] DIR...

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOnly } from './lib.mjs';
// (Bundled by cli.mjs, so the TypeScript source can be imported.)
import { parseMarkdownTree } from '../src/core/markdown-parser.ts';

let files = 0;
let bytes = 0;
const args = process.argv.slice(2);
const sameParser = args.includes('--same-parser');
for (const dir of args.filter((a) => a !== '--same-parser')) {
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (!/\.(md|markdown|txt)$/.test(name)) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    parseOnly(text, sameParser ? parseMarkdownTree : undefined);
    files++;
    bytes += text.length;
  }
}
console.error(`parse-only${sameParser ? ' (lint\'s parser)' : ''}: ${files} files, ${bytes} characters`);
