// A caveat given as a list under a lead-in that ends in a colon ("Side effects include:" and the
// items) is given: each item is read with its lead-in. A lead-in alone, or items under a lead-in
// about something else, gives nothing.

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../src/node/index.js';

const missing = (text: string) => lint(text, { filePath: 'a.md' }).findings.filter((f) => f.ruleId === 'caveat-missing').map((f) => f.messageId);
const article = (body: string) => `# Ketamine infusions\n\nKetamine infusions may help some people with chronic pain.\n\n${body}\n`;

it('side effects listed under "Side effects include:" or "Possible side effects are:" are disclosed', () => {
  for (const lead of ['Side effects include:', 'Possible side effects are:', 'Some people notice side effects such as:']) {
    assert.ok(!missing(article(`${lead}\n\n- nausea\n- dizziness\n- a rise in blood pressure`)).includes('side-effects'), lead);
  }
});

it('who should not have it, listed under its lead-in, is disclosed', () => {
  assert.ok(!missing(article('Ketamine is not suitable if you have:\n\n- uncontrolled high blood pressure\n- a history of psychosis\n- pregnancy')).includes('contraindications'));
});

it('a heading that ends in a colon is no lead-in, and what a lead-in says alone is not its items\' doing', () => {
  assert.ok(missing(article('## Heavy machinery:\n\n- Our clinic has modern equipment.')).includes('driving'));
});

it('a lead-in with no items, or items under another lead-in, discloses nothing', () => {
  assert.ok(missing(article('Side effects include:')).includes('side-effects'));
  assert.ok(missing(article('Our clinic offers:\n\n- free parking\n- a quiet room')).includes('side-effects'));
});
