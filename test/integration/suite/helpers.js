'use strict';
// Shared by the integration tests. Runs inside the extension host: require('vscode') works.
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const SOURCE = 'Fair Balance';
const EXTENSION_ID = 'fairbalance.fairbalance';
/** The core, as built (dist/index.js): expected results are computed with it, not hard-coded. */
const core = require(path.resolve(__dirname, '..', '..', '..', 'dist', 'index.js'));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(fn, what, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function activate() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  return ext.activate();
}

const root = () => vscode.workspace.workspaceFolders[0].uri.fsPath;
let copies = 0;

/** Copies a fixture to a fresh file (so tests never share state) and opens it in an editor. */
async function openCopy(fixture, dir = 'scratch') {
  const ext = path.extname(fixture);
  fs.mkdirSync(path.join(root(), dir), { recursive: true });
  const target = path.join(root(), dir, `${path.basename(fixture, ext)}-${++copies}${ext}`);
  fs.writeFileSync(target, fs.readFileSync(path.join(root(), fixture)));
  const doc = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(doc);
  return doc;
}

const codeOf = (d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code);
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const byRule = (uri, rule) => ours(uri).filter((d) => codeOf(d) === rule);
const textOf = (doc, d) => doc.getText(d.range);

/** The code actions VS Code collects for a range; polled, as the first call can come back empty. */
async function actionsFor(doc, range, pick, kind) {
  return waitFor(async () => {
    const all = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range, kind)) || [];
    const picked = all.filter(pick);
    return picked.length ? picked : undefined;
  }, `code actions at ${range.start.line}:${range.start.character}`, 5000).catch(() => []);
}

async function apply(action) {
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments || []));
}

/** Asks the launcher (if it supports it) to screenshot the workbench; "readme" saves it for the README. */
async function screenshot(kind) {
  const file = process.env.SCREENSHOT_REQUEST_FILE;
  if (!file) return false;
  fs.writeFileSync(file, kind);
  await waitFor(() => !fs.existsSync(file), 'the screenshot', 20000);
  return true;
}

/** The findings the core reports for a document's current text. */
const expectedFindings = (doc) => core.lint(doc.getText(), { filePath: doc.uri.fsPath }).findings;

module.exports = { vscode, core, sleep, waitFor, activate, openCopy, codeOf, ours, byRule, textOf, actionsFor, apply, screenshot, expectedFindings, root };
