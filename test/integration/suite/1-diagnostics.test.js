'use strict';
const assert = require('assert');
const h = require('./helpers');
const { vscode } = h;

// Fixture expectations: any reasonable rule set must catch these. Adjust here if rules change.
const EXPECT = {
  claim: { rule: 'claim-absolute', text: 'cures depression in a single visit', line: 2 }, // "Ketamine cures depression in a single visit."
  term: { rule: 'term-misspelled', text: 'ketamin', fix: 'ketamine', line: 4 },
  caveat: { rule: 'caveat-missing', messageId: 'side-effects' },
};

suite('activation and diagnostics', () => {
  test('activates on a Markdown file and lints it: claim, term and caveat findings with the right ranges', async () => {
    const doc = await h.openCopy('ketamine.md');
    await h.activate();
    const ext = vscode.extensions.getExtension('fairbalance.fairbalance');
    assert.ok(ext.isActive);
    await h.waitFor(() => h.byRule(doc.uri, EXPECT.caveat.rule).length && h.byRule(doc.uri, EXPECT.term.rule).length, 'diagnostics');
    const claim = h.byRule(doc.uri, EXPECT.claim.rule).find((d) => h.textOf(doc, d) === EXPECT.claim.text);
    assert.ok(claim, `a ${EXPECT.claim.rule} on "${EXPECT.claim.text}"`);
    assert.equal(claim.range.start.line, EXPECT.claim.line);
    assert.equal(claim.range.start.character, doc.lineAt(EXPECT.claim.line).text.indexOf(EXPECT.claim.text));
    const term = h.byRule(doc.uri, EXPECT.term.rule).find((d) => h.textOf(doc, d) === EXPECT.term.text);
    assert.ok(term, `a ${EXPECT.term.rule} on "${EXPECT.term.text}"`);
    assert.equal(term.range.start.line, EXPECT.term.line);
    assert.ok(h.byRule(doc.uri, EXPECT.caveat.rule).some((d) => d.data && d.data.messageId === EXPECT.caveat.messageId), `a caveat finding for ${EXPECT.caveat.messageId}`);
    // Every diagnostic matches a core finding exactly (same rule, same range).
    const expected = h.expectedFindings(doc).map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort();
    const actual = h.ours(doc.uri).map((d) => `${h.codeOf(d)}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}`).sort();
    assert.deepEqual(actual, expected);
    assert.ok(String(claim.code.target).endsWith(`${EXPECT.claim.rule}.md`), 'code links to the rule doc');
  });

  test('activates on a .txt file too', async () => {
    const doc = await h.openCopy('notes.txt');
    assert.equal(doc.languageId, 'plaintext');
    await h.waitFor(() => h.byRule(doc.uri, EXPECT.term.rule).some((d) => h.textOf(doc, d) === EXPECT.term.text), 'term diagnostic in .txt');
    assert.ok(h.byRule(doc.uri, EXPECT.claim.rule).some((d) => h.textOf(doc, d) === EXPECT.claim.text));
  });

  test('hover on a finding explains the rule and links its doc', async () => {
    const doc = await h.openCopy('ketamine.md');
    const claim = await h.waitFor(() => h.byRule(doc.uri, EXPECT.claim.rule)[0], 'claim diagnostic');
    const hovers = await h.waitFor(async () => {
      const hs = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, claim.range.start.translate(0, 1));
      const text = (hs || []).flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return text.includes(`Fair Balance: ${EXPECT.claim.rule}`) && text;
    }, 'hover');
    assert.match(hovers, /Rule documentation\]\(https?:/);
  });

  test('editing re-lints (debounced) and the final diagnostics are those of the final text', async () => {
    const doc = await h.openCopy('ketamine.md');
    await h.waitFor(() => h.byRule(doc.uri, EXPECT.claim.rule).length, 'claim diagnostic');
    // Count the changes of our own diagnostics only (other providers, such as the built-in
    // Markdown link checks, also report changes for the document).
    let updates = 0;
    let last = h.ours(doc.uri).map((d) => `${h.codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).join();
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === doc.uri.toString())) return;
      const now = h.ours(doc.uri).map((d) => `${h.codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).join();
      if (now !== last) updates++;
      last = now;
    });
    const editor = vscode.window.activeTextEditor;
    // Type a new claim sentence character by character, faster than the debounce.
    const typed = '\nIt guarantees results. Ketamin cures anxiety.';
    // A keystroke that comes after a pause longer than the debounce (300 ms) may be linted on its
    // own: on a loaded machine an edit's round trip through the workbench can take that long.
    let pauses = 0;
    let at = Date.now();
    for (const ch of typed) {
      await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, ch));
      await h.sleep(5);
      if (Date.now() - at > 250) pauses++;
      at = Date.now();
    }
    // Then remove the original claim line entirely.
    await editor.edit((b) => b.delete(doc.lineAt(EXPECT.claim.line).rangeIncludingLineBreak));
    const want = () => h.expectedFindings(doc).map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort().join();
    const have = () => h.ours(doc.uri).map((d) => `${h.codeOf(d)}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}`).sort().join();
    await h.waitFor(() => have() === want(), 'diagnostics for the final text');
    await h.sleep(600); // nothing stale arrives later
    sub.dispose();
    assert.equal(have(), want());
    // Debounced: far fewer lints than keystrokes (each edit round-trips through the workbench, so
    // the gap between keystrokes varies; the unit tests check the debounce itself).
    assert.ok(updates < typed.length / 2 || updates <= pauses + 4, `debounced: ${updates} diagnostic updates for ${typed.length} keystrokes (${pauses} pauses longer than the debounce)`);
  });
});
