// The CI floor: reads every article under the given folders and parses it with the same unified
// pipeline lint() uses (Markdown -> mdast -> nlcst), with no rules and no output.
//   node bench/parse-only.mjs DIR...

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOnly } from './lib.mjs';

let files = 0;
let bytes = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (!/\.(md|markdown|txt)$/.test(name)) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    parseOnly(text);
    files++;
    bytes += text.length;
  }
}
console.error(`parse-only: ${files} files, ${bytes} characters`);
