'use strict';
const assert = require('assert');
const h = require('./helpers');
const { vscode } = h;

suite('configuration and workspace', () => {
  test('a config file change re-lints open documents', async () => {
    const doc = await h.openCopy('ketamine.md', 'cfg');
    await h.waitFor(() => h.byRule(doc.uri, 'claim-absolute').length, 'claim diagnostic');
    const config = h.inRoot('cfg', '.fairbalancerc.json');
    await h.writeText(config, JSON.stringify({ rules: { 'claim-absolute': 'off' } }, null, 2));
    try {
      await h.waitFor(() => !h.byRule(doc.uri, 'claim-absolute').length, 'the claim diagnostics to go (rule off)');
      assert.ok(h.byRule(doc.uri, 'term-misspelled').length, 'other rules still run');
    } finally {
      await h.remove(config);
    }
    await h.waitFor(() => h.byRule(doc.uri, 'claim-absolute').length, 'the claim diagnostics to return');
  });

  test('"Add word" writes the project config and silences the term', async () => {
    const doc = await h.openCopy('ketamine.md', 'cfg');
    const d = await h.waitFor(() => h.byRule(doc.uri, 'term-misspelled')[0], 'term diagnostic');
    const word = h.textOf(doc, d);
    const [add] = await h.actionsFor(doc, d.range, (a) => a.title === `Add '${word}' to the project's words`, 'quickfix');
    assert.ok(add, 'the add-word action');
    const config = h.inRoot('cfg', '.fairbalancerc.json');
    await h.writeText(config, '{\n  "region": "US"\n}\n');
    try {
      await h.apply(add);
      assert.deepEqual(JSON.parse(await h.readText(config)), { region: 'US', words: [word] });
      // The term rules honour `words` (if this core's do): then the finding goes.
      const honoured = !h.core.lint(doc.getText(), { config: { words: [word] } }).findings.some((f) => f.ruleId === 'term-misspelled' && doc.getText().slice(f.start, f.end) === word);
      if (honoured) await h.waitFor(() => !h.byRule(doc.uri, 'term-misspelled').some((x) => h.textOf(doc, x) === word), 'the term diagnostic to clear');
    } finally {
      await h.remove(config);
    }
  });

  test('Lint Workspace fills the Problems panel for files that are not open', async () => {
    const uri = h.inRoot('docs', 'unopened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file is not open');
    const result = await vscode.commands.executeCommand('fairbalance.lintWorkspace');
    assert.ok(result.linted >= 3, `linted ${result.linted}`);
    await h.waitFor(() => h.byRule(uri, 'claim-absolute').length, 'diagnostics for the unopened file');
  });

  test('Create Config File writes .fairbalancerc.json and opens it', async () => {
    const uri = await vscode.commands.executeCommand('fairbalance.createConfig');
    try {
      assert.equal(uri.path.split('/').pop(), '.fairbalancerc.json');
      assert.equal(JSON.parse(await h.readText(uri)).extends, 'recommended');
      assert.equal(vscode.window.activeTextEditor.document.uri.toString(), uri.toString());
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await h.remove(uri);
    }
  });
});
