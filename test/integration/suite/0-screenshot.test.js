'use strict';
// First in the run, in a fresh window: the README's screenshot (the launcher saves it to
// .vscode-test/screenshots/, or with UPDATE_SCREENSHOT=1 to docs/images/vscode-extension.png).
const h = require('./helpers');
const { vscode } = h;

suite('README screenshot', () => {
  test('screenshot for the README: squiggles, the quick fix menu and the checklist', async function () {
    const api = await h.activate();
    // A tidy window: no other editors, panel or notifications; the checklist in its own side bar.
    for (const c of ['workbench.action.closeAllEditors', 'workbench.action.closePanel', 'notifications.clearAll']) {
      await vscode.commands.executeCommand(c);
    }
    // A seed article if the rules find something in it, else the fixture (opened, not copied: the
    // tab and breadcrumb show its own name).
    const seed = h.inRoot('seed.txt');
    let doc = (await h.exists(seed)) ? await vscode.workspace.openTextDocument(seed) : undefined;
    if (doc) await h.waitFor(() => h.ours(doc.uri).some((d) => h.codeOf(d) !== 'caveat-missing'), 'seed findings', 5000).catch(() => (doc = undefined));
    if (!doc) doc = await h.openCopy('ketamine.md');
    await h.waitFor(() => api.checklist.summaryFor(doc.uri.toString()) && h.ours(doc.uri).length, 'diagnostics and summary');
    await vscode.commands.executeCommand('fairbalance.showChecklist');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const target = h.ours(doc.uri).find((d) => h.codeOf(d).startsWith('claim-')) || h.ours(doc.uri).find((d) => h.codeOf(d) !== 'caveat-missing') || h.ours(doc.uri)[0];
    editor.selection = new vscode.Selection(target.range.start, target.range.start);
    editor.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await h.sleep(300);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await h.sleep(500);
    if (!(await h.screenshot('readme'))) this.skip(); // launcher without screenshots (test-electron)
  });
});
