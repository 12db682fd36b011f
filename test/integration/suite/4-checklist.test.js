'use strict';
const assert = require('assert');
const h = require('./helpers');
const { vscode } = h;

suite('safety checklist', () => {
  test('lists therapies and each required topic for the active article: one icon per row, names not ids', async () => {
    const api = await h.activate();
    const doc = await h.openCopy('ketamine.md');
    await h.waitFor(() => api.checklist.summaryFor(doc.uri.toString()), 'a summary');
    const items = api.checklist.getChildren().map((i) => ({ item: i, tree: api.checklist.getTreeItem(i) }));
    const labels = items.map((x) => x.tree.label);
    // The summary's therapies and topics come from the caveat rules; until they fill it in, the
    // checklist shows the caveat findings as missing topics.
    if (api.checklist.summaryFor(doc.uri.toString()).summary.therapies.length) assert.ok(labels.some((l) => /^Therapies: .*ketamine/i.test(l)), labels.join(' | '));
    const topics = items.filter((x) => x.item.kind === 'topic');
    assert.ok(topics.some((x) => x.tree.description === 'missing'), `a missing topic: ${labels.join(' | ')}`);
    for (const { item, tree } of topics) {
      assert.match(tree.label, /^[A-Z][a-z]/, `a plain name, no check mark: "${tree.label}"`);
      assert.ok(tree.iconPath instanceof vscode.ThemeIcon, 'one icon');
      assert.ok(!String(tree.tooltip).includes(item.id), `no internal id in the tooltip: "${tree.tooltip}"`);
    }
  });

  test('"+" on a topic inserts that topic alone and shows the inserted text', async () => {
    const api = await h.activate();
    const doc = await h.openCopy('ketamine.md');
    const uri = doc.uri.toString();
    await h.waitFor(() => api.checklist.summaryFor(uri) && Object.keys(api.checklist.summaryFor(uri).topics).length > 1, 'several missing topics');
    const missing = Object.keys(api.checklist.summaryFor(uri).topics);
    const [topic, ...others] = missing;
    const item = api.checklist.getChildren().find((i) => i.kind === 'topic' && i.id === topic);
    assert.equal(api.checklist.getTreeItem(item).contextValue, 'missingTopicFixable');
    const before = doc.getText();
    const newText = api.checklist.summaryFor(uri).topics[topic].edit.newText;
    assert.equal(await vscode.commands.executeCommand('fairbalance.insertTopic', item), true);
    assert.equal(doc.getText().length, before.length + newText.length, 'only this topic\'s text is inserted');
    assert.ok(doc.getText().includes(newText.trim()));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor.document.uri.toString(), uri);
    assert.equal(editor.document.getText(editor.selection), newText.trim(), 'the inserted text is selected');
    await h.waitFor(() => editor.visibleRanges.some((r) => r.contains(editor.selection.start)), 'the inserted text in view');
    await h.waitFor(() => !h.byRule(doc.uri, 'caveat-missing').some((d) => d.data.messageId === topic), `the ${topic} finding to clear`);
    const left = h.byRule(doc.uri, 'caveat-missing').map((d) => d.data.messageId);
    assert.deepEqual(left.sort(), others.sort(), 'the other topics are still missing');
  });

  test('a Readability row when the summary has a reading grade', async () => {
    const api = await h.activate();
    const doc = await h.openCopy('ketamine.md');
    const uri = doc.uri.toString();
    await h.waitFor(() => api.checklist.summaryFor(uri), 'a summary');
    const s = api.checklist.summaryFor(uri);
    assert.ok(!api.checklist.getChildren().some((i) => i.kind === 'readability') || s.summary.readability, 'no row without a grade');
    api.checklist.update({ ...s, summary: { ...s.summary, readability: { grade: 9.24, target: 8, formula: 'flesch-kincaid' } } });
    const row = api.checklist.getChildren().find((i) => i.kind === 'readability');
    assert.ok(row, 'a readability row');
    const t = api.checklist.getTreeItem(row);
    assert.equal(t.label, 'Readability: grade 9.2');
    assert.equal(t.description, 'target 8');
    assert.equal(t.iconPath.id, 'warning');
    assert.match(t.tooltip, /Flesch-Kincaid/);
    api.checklist.update(s);
  });

  test('the status bar shows the checklist state once, not the problem counts again', async () => {
    const api = await h.activate();
    const doc = await h.openCopy('ketamine.md');
    await h.waitFor(() => api.checklist.summaryFor(doc.uri.toString()) && /missing/.test(api.status.text), 'the status text');
    assert.match(api.status.text, /^\$\(shield\) \d+ safety topics? missing$/);
    assert.doesNotMatch(api.status.text, /\$\((warning|error)\)/);
    const errors = h.ours(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    assert.match(api.status.tooltip, new RegExp(`^Fair Balance, this article: ${errors} errors?, \\d+ warnings?\\.`));
    assert.ok(!/side-effects|contraindications/.test(api.status.tooltip), api.status.tooltip);
    assert.equal(api.status.command, 'fairbalance.showChecklist');
  });

  test('never renders document text as HTML (title is an <img onerror> tag)', async () => {
    const api = await h.activate();
    const doc = await h.openCopy('xss.md');
    await h.waitFor(() => api.checklist.summaryFor(doc.uri.toString()), 'a summary');
    await vscode.commands.executeCommand('fairbalance.showChecklist');
    for (const item of api.checklist.getChildren()) {
      const t = api.checklist.getTreeItem(item);
      assert.equal(typeof t.label, 'string'); // plain text labels; a tree view renders no HTML
      assert.ok(!String(t.label).includes('<img'), t.label);
      assert.ok(!(t.tooltip instanceof vscode.MarkdownString));
    }
    // The launcher checks the page for an <img src="x"> element and for alert() dialogs.
    await h.screenshot('check');
  });
});
