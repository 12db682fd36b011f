import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../src/node/index.js';

const claims = (text: string, format: 'markdown' | 'text') => lint(text, { format }).findings.filter((f) => f.category === 'claim').map((f) => text.slice(f.start, f.end));

for (const format of ['markdown', 'text'] as const) {
  describe(`suppression comments (${format})`, () => {
    it('disable-next-line silences the next line only', () => {
      const text = '<!-- fairbalance-disable-next-line claim-absolute -->\nKetamine cures pain.\n\nIt cures fatigue.\n';
      assert.deepEqual(claims(text, format), ['cures fatigue']);
      assert.equal(lint(text, { format }).findings.filter((f) => f.category === 'claim')[0].line, 4);
    });

    it('disable-next-line for another rule does not silence this one', () => {
      const text = '<!-- fairbalance-disable-next-line term-misspelled -->\nKetamine cures pain.\n';
      assert.deepEqual(claims(text, format), ['cures pain']);
    });

    it('disable and enable bound a region', () => {
      const text = 'Ketamine cures pain.\n\n<!-- fairbalance-disable claim-absolute -->\n\nIt cures fatigue.\n\n<!-- fairbalance-enable claim-absolute -->\n\nIt cures migraines.\n';
      assert.deepEqual(claims(text, format), ['cures pain', 'cures migraines']);
      assert.equal(lint(text, { format }).findings.filter((f) => f.category === 'claim')[1].line, 9);
    });

    it('a bare disable silences every rule to the end', () => {
      const text = 'Ketamine cures pain.\n\n<!-- fairbalance-disable -->\n\nIt cures fatigue.\n';
      assert.deepEqual(claims(text, format), ['cures pain']);
    });

    it('category wildcards work', () => {
      const text = '<!-- fairbalance-disable-next-line claim-* -->\nKetamine cures pain.\n';
      assert.deepEqual(claims(text, format), []);
    });
  });
}
