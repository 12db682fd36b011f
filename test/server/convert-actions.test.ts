import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../src/node/index.js';
import type { Finding } from '../../src/core/types.js';
import { toDiagnostic } from '../../src/server/convert.js';
import { disableLineEdit, fixAllAction, FIX_ALL_KIND, quickFixes } from '../../src/server/actions.js';
import type { DiagnosticData } from '../../src/server/protocol.js';

const finding = (start: number, end: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'term-misspelled', category: 'term', severity: 1, message: 'm', start, end, line: 1, column: 1, endLine: 1, endColumn: 1,
  url: 'https://example.invalid/term-misspelled.md', fixes: [], ...extra,
});

describe('findings to diagnostics', () => {
  it('maps offsets with the document (CRLF, astral characters) and carries code, link, source and data', () => {
    const text = '😀 line one\r\nsecond ketamin line\r\n';
    const doc = TextDocument.create('file:///a.md', 'markdown', 7, text);
    const start = text.indexOf('ketamin');
    const d = toDiagnostic(doc, finding(start, start + 7, { severity: 2, fixes: [{ range: [start, start + 7], text: 'ketamine', title: 'Replace', kind: 'safe' }] }));
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 14 } });
    assert.equal(d.code, 'term-misspelled');
    assert.equal(d.codeDescription?.href, 'https://example.invalid/term-misspelled.md');
    assert.equal(d.source, 'Fair Balance');
    assert.equal(d.severity, 1); // Error
    assert.equal((d.data as DiagnosticData).version, 7);
    assert.equal((d.data as DiagnosticData).fixes[0].text, 'ketamine');
  });

  it('lines up with the core on real text: the diagnostic covers exactly the finding', () => {
    const text = '# Ketamine\n\nKetamine cures depression. The ketamin dose varies.\n';
    const doc = TextDocument.create('file:///a.md', 'markdown', 1, text);
    for (const f of lint(text, { filePath: '/a.md' }).findings) {
      const d = toDiagnostic(doc, f);
      assert.equal(doc.getText(d.range), text.slice(f.start, f.end));
    }
  });
});

describe('code actions', () => {
  const text = '# Ketamine\n\n  - The ketamin dose varies.\n';
  const doc = TextDocument.create('file:///a.md', 'markdown', 3, text);
  const start = text.indexOf('ketamin ');
  const f = finding(start, start + 7, { fixes: [{ range: [start, start + 7], text: 'ketamine', title: 'Replace with "ketamine"', kind: 'safe' }, { range: [start, start + 7], text: 'esketamine', title: 'Replace with "esketamine"', kind: 'term' }] });
  const d = toDiagnostic(doc, f);

  it('offers each fix (first preferred), disable-for-line and add-word', () => {
    const actions = quickFixes(doc, [d]);
    assert.deepEqual(actions.map((a) => a.title), ['Replace with "ketamine"', 'Replace with "esketamine"', 'Disable term-misspelled for this line', "Add 'ketamin' to the project's words"]);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions[1].isPreferred, false);
    assert.equal(actions[3].command?.command, 'fairbalance.addWord');
  });

  it('inserts the disable comment above the line with its indentation', () => {
    assert.deepEqual(disableLineEdit(doc, 2, 'term-misspelled'), {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: '  <!-- fairbalance-disable-next-line term-misspelled -->\n',
    });
    const crlf = TextDocument.create('file:///a.txt', 'plaintext', 1, 'a\r\n\tb\r\n');
    assert.equal(disableLineEdit(crlf, 1, 'x').newText, '\t<!-- fairbalance-disable-next-line x -->\r\n');
  });

  it('offers no fix computed for an older version', () => {
    const newer = TextDocument.create('file:///a.md', 'markdown', 4, text);
    assert.deepEqual(quickFixes(newer, [d]), []);
  });

  it('fix-all applies only safe fixes, as separate edits', () => {
    const claim = finding(0, 1, { ruleId: 'claim-absolute', category: 'claim', fixes: [{ range: [0, 1], text: 'X', title: 'hedge', kind: 'claim' }] });
    const action = fixAllAction(doc, [f, claim]);
    assert.equal(action?.kind, FIX_ALL_KIND);
    const change = action?.edit?.documentChanges?.[0] as { edits: { newText: string }[] };
    assert.deepEqual(change.edits.map((e) => e.newText), ['ketamine']);
    assert.equal(fixAllAction(doc, [claim]), undefined);
  });
});
