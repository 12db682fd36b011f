// No false positives on authoritative text: public-health style paragraphs full of hard terms,
// drug names, institutions, people and places give zero term findings.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { lint, resolveConfig } from '../../src/node/index.js';

const fixtures = join(__dirname, '..', '..', 'test', 'terms', 'fixtures');

for (const [name, file] of [
  ['authoritative paragraphs', 'authoritative.md'],
  ['clinic copy with names, brands, places and other languages', 'clinic-names.md'],
]) {
  it(`${name}: zero term findings`, () => {
    const text = readFileSync(join(fixtures, file), 'utf8');
    const findings = lint(text, { config: resolveConfig({}), format: 'markdown' }).findings.filter((f) => f.category === 'term');
    assert.deepEqual(findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
  });
}
