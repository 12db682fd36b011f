'use strict';
const assert = require('assert');
const h = require('./helpers');
const { vscode } = h;

const CLAIM = { rule: 'claim-absolute', text: 'cures depression in a single visit' };
const TERM = { rule: 'term-misspelled', text: 'ketamin', fix: 'ketamine' };
const CAVEAT = 'caveat-missing';
const isDisable = (a) => a.title.startsWith('Disable ');
// The fixes proper (not "Disable ..." or "Add ... to the project's words") at a diagnostic's range.
const isFix = (a) => a.kind && a.kind.value === 'quickfix' && !isDisable(a) && !a.title.startsWith('Add ');

suite('quick fixes', () => {
  test('the misspelling fix corrects the word and clears its diagnostic', async () => {
    const doc = await h.openCopy('ketamine.md');
    const d = await h.waitFor(() => h.byRule(doc.uri, TERM.rule).find((x) => h.textOf(doc, x) === TERM.text), 'term diagnostic');
    const actions = await h.actionsFor(doc, d.range, isFix, 'quickfix');
    const fix = actions.find((a) => a.isPreferred && a.title.includes(TERM.fix));
    assert.ok(fix, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    await h.apply(fix);
    const line = doc.lineAt(d.range.start.line).text;
    assert.ok(line.includes(`${TERM.fix} `), line);
    await h.waitFor(() => !h.byRule(doc.uri, TERM.rule).some((x) => x.range.start.line === d.range.start.line), 'the term diagnostic to clear');
  });

  test('a hedged rewrite changes the claim and clears its diagnostic', async () => {
    const doc = await h.openCopy('ketamine.md');
    const d = await h.waitFor(() => h.byRule(doc.uri, CLAIM.rule).find((x) => h.textOf(doc, x) === CLAIM.text), 'claim diagnostic');
    const actions = await h.actionsFor(doc, d.range, isFix, 'quickfix');
    // A rewrite replaces the claim's words (a citation marker only inserts, and keeps the claim).
    const rewrite = actions.find((a) => !isDisable(a) && !/citation/i.test(a.title));
    assert.ok(rewrite, `a rewrite among: ${actions.map((a) => a.title).join(' | ')}`);
    const before = doc.lineAt(d.range.start.line).text;
    await h.apply(rewrite);
    assert.notEqual(doc.lineAt(d.range.start.line).text, before);
    await h.waitFor(() => !h.byRule(doc.uri, CLAIM.rule).some((x) => x.range.start.line === d.range.start.line), 'the claim diagnostic to clear');
  });

  test('"Insert a safety section" is offered once and clears every caveat finding', async function () {
    const doc = await h.openCopy('ketamine.md');
    const caveats = await h.waitFor(() => h.byRule(doc.uri, CAVEAT).length && h.byRule(doc.uri, CAVEAT), 'caveat diagnostics');
    const actions = await h.actionsFor(doc, caveats[0].range, isFix, 'quickfix');
    const sections = actions.filter((a) => a.title.startsWith('Insert a safety section'));
    if (!sections.length) return this.skip(); // the caveat rule offers no safety text (fixes of kind "caveat")
    assert.equal(sections.length, 1, `one section action among: ${actions.map((a) => a.title).join(' | ')}`);
    await h.apply(sections[0]);
    await h.waitFor(() => h.byRule(doc.uri, CAVEAT).length === 0, `caveat findings to clear (${caveats.length} -> 0)`);
    assert.equal(doc.getText().split('Safety information').length - 1, 1, 'the section is inserted once');
  });

  test('"Disable <rule> for this line" silences one finding (Markdown and .txt)', async () => {
    for (const fixture of ['ketamine.md', 'notes.txt']) {
      const doc = await h.openCopy(fixture);
      const d = await h.waitFor(() => h.byRule(doc.uri, CLAIM.rule).find((x) => h.textOf(doc, x) === CLAIM.text), 'claim diagnostic');
      const terms = await h.waitFor(() => h.byRule(doc.uri, TERM.rule).length, 'term diagnostic');
      const actions = await h.actionsFor(doc, d.range, (a) => a.title === `Disable ${CLAIM.rule} for this line`, 'quickfix');
      assert.ok(actions[0], 'the disable action');
      await h.apply(actions[0]);
      assert.equal(doc.lineAt(d.range.start.line).text, `<!-- fairbalance-disable-next-line ${CLAIM.rule} -->`);
      await h.waitFor(() => !h.byRule(doc.uri, CLAIM.rule).some((x) => h.textOf(doc, x) === CLAIM.text), `the claim diagnostic to clear in ${fixture}`);
      assert.equal(h.byRule(doc.uri, TERM.rule).length, terms, 'other findings stay');
    }
  });

  test('fix-all on save applies only safe fixes', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await config.update('codeActionsOnSave', { 'source.fixAll.fairbalance': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const doc = await h.openCopy('ketamine.md');
      await h.waitFor(() => h.byRule(doc.uri, TERM.rule).length, 'term diagnostic');
      await vscode.window.activeTextEditor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n'));
      await h.waitFor(() => h.ours(doc.uri).length && h.ours(doc.uri)[0].data.version === doc.version, 'diagnostics for the edit');
      const text = doc.getText();
      const expected = h.core.applyFixes(text, h.core.lint(text, { filePath: doc.uri.path }).findings, { kinds: ['safe'] }).output;
      await vscode.commands.executeCommand('workbench.action.files.save');
      await h.waitFor(() => !doc.isDirty, 'the save');
      assert.equal(doc.getText(), expected);
      assert.ok(doc.getText().includes(`${TERM.fix} infusion`), 'the safe spelling fix was applied');
      assert.ok(doc.getText().includes(CLAIM.text), 'the claim (a non-safe rewrite) was left alone');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  test('"Fix All Safe Problems" command applies the safe fixes', async () => {
    const doc = await h.openCopy('ketamine.md');
    await h.waitFor(() => h.byRule(doc.uri, TERM.rule).length, 'term diagnostic');
    assert.equal(await vscode.commands.executeCommand('fairbalance.fixAll'), true);
    assert.ok(doc.getText().includes(`${TERM.fix} infusion`));
  });
});
