'use strict';
// Shared by the integration tests. Runs inside the extension host, Node or web worker: files are
// read and written through workspace.fs (so the same tests run in both), and `core` is the
// linter itself, for expected results (./core.js: dist/index.js under Node, a browser build in
// the web worker host, see web/build.js).
const vscode = require('vscode');
const core = require('./core');

const SOURCE = 'Fair Balance';
const EXTENSION_ID = 'fairbalance.fairbalance';

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

/** The workspace folder's URI (file: in the Node host, vscode-remote: in the web worker host). */
const root = () => vscode.workspace.workspaceFolders[0].uri;
/** A URI in the workspace ("cfg", ".fairbalancerc.json"). */
const inRoot = (...segments) => vscode.Uri.joinPath(root(), ...segments);

const exists = (uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
const readText = async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const writeText = (uri, text) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const remove = (uri) => vscode.workspace.fs.delete(uri);

let copies = 0;

/** Copies a fixture to a fresh file (so tests never share state) and opens it in an editor. */
async function openCopy(fixture, dir = 'scratch') {
  const [, base, ext] = /^(.*?)(\.[^.]*)?$/.exec(fixture);
  const target = inRoot(dir, `${base}-${++copies}${ext || ''}`);
  await vscode.workspace.fs.copy(inRoot(fixture), target, { overwrite: true });
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

/** True in the web worker extension host (the extension's `browser` entry): no Node there. */
const inBrowser = typeof process === 'undefined';

/**
 * Asks the launcher (if it supports it) to screenshot the workbench; "readme" saves it for the
 * README. Node host only: the request is a file named by an environment variable.
 */
async function screenshot(kind) {
  const file = !inBrowser && process.env.SCREENSHOT_REQUEST_FILE;
  if (!file) return false;
  const uri = vscode.Uri.file(file);
  await writeText(uri, kind);
  await waitFor(async () => !(await exists(uri)), 'the screenshot', 20000);
  return true;
}

/** The findings the core reports for a document's current text. */
const expectedFindings = (doc) => core.lint(doc.getText(), { filePath: doc.uri.path }).findings;

module.exports = { vscode, core, sleep, waitFor, activate, openCopy, codeOf, ours, byRule, textOf, actionsFor, apply, screenshot, expectedFindings, root, inRoot, exists, readText, writeText, remove, inBrowser };
