// The examples on the plain rules' doc pages are true: "before → after" lines are the fix, "Not
// reported" items are not reported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/rule-tester.js';
import { applyFixes } from '../../src/core/fixes.js';

const dir = resolve(__dirname, '../..', 'docs/rules');

for (const id of ['plain-jargon', 'plain-acronym']) {
  const page = readFileSync(resolve(dir, `${id}.md`), 'utf8');
  describe(`docs/rules/${id}.md`, () => {
    const blocks = [...page.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]).join('');
    const examples = [...blocks.matchAll(/^(\S.*?\S)\s+→ (.+)$/gm)];
    const valid = [...(page.split('Not reported:\n')[1] ?? '').matchAll(/^- (.+)$/gm)].map((m) => m[1]);
    it('has examples', () => assert.ok(examples.length && valid.length));
    for (const [, before, after] of examples) {
      it(before, () => assert.equal(applyFixes(before, findingsOf(id, { text: before }), { kinds: ['term'] }).output, after));
    }
    for (const text of valid) it(`not reported: ${text}`, () => assert.deepEqual(findingsOf(id, { text }), []));
  });
}
