// The VS Code client, the same on desktop and in the browser: passes the `fairbalance.*`
// settings to the language server, serves its file reads through workspace.fs, and adds the
// commands, the safety checklist and the status bar item. extension.ts (Node) and browser.ts
// (VS Code for the Web) differ only in how they start the server.

import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  LINT_FILES_REQUEST,
  SUMMARY_NOTIFICATION,
  type LintFilesParams,
  type LintFilesResult,
  type SummaryParams,
} from '../server/protocol.js';
import { ChecklistProvider, insertTopic } from './checklist.js';
import { serveFiles } from './files.js';
import { statusBar } from './status.js';

let client: BaseLanguageClient | undefined;

// Local files, new files, and the virtual file systems of VS Code for the Web and remote
// repositories (github.dev, vscode.dev), whose files the server reads through the client.
const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];
const SELECTOR = SCHEMES.flatMap((scheme) => ['markdown', 'plaintext'].map((language) => ({ scheme, language })));

const CONFIG_TEMPLATE = `{
  "extends": "recommended",
  "region": "US",
  "words": [],
  "rules": {}
}
`;

const settings = () => vscode.workspace.getConfiguration('fairbalance');

/** The API the integration tests use (returned from activate). */
export interface FairBalanceApi {
  client: BaseLanguageClient;
  checklist: ChecklistProvider;
  status: vscode.StatusBarItem;
}

export async function activateClient(context: vscode.ExtensionContext, createClient: (options: LanguageClientOptions) => BaseLanguageClient): Promise<FairBalanceApi> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    // Plain data: a WorkspaceConfiguration has methods, which a worker's postMessage cannot clone.
    initializationOptions: { settings: JSON.parse(JSON.stringify(settings())) as unknown },
    synchronize: {
      configurationSection: 'fairbalance',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.fairbalancerc.json,.fairbalancerc.yaml,.fairbalancerc.yml,package.json}'),
    },
    diagnosticCollectionName: 'fairbalance',
  };
  const c = createClient(clientOptions);
  client = c;
  const checklist = new ChecklistProvider();
  const status = statusBar(checklist);

  context.subscriptions.push(
    c,
    status,
    ...serveFiles(c),
    vscode.window.registerTreeDataProvider('fairbalance.checklist', checklist),
    vscode.window.onDidChangeActiveTextEditor(() => checklist.refresh()),
    vscode.workspace.onDidCloseTextDocument((d) => checklist.forget(d.uri.toString())),
    vscode.commands.registerCommand('fairbalance.lintWorkspace', lintWorkspace),
    vscode.commands.registerCommand('fairbalance.fixAll', fixAll),
    vscode.commands.registerCommand('fairbalance.showChecklist', () => vscode.commands.executeCommand('fairbalance.checklist.focus')),
    vscode.commands.registerCommand('fairbalance.createConfig', createConfig),
    vscode.commands.registerCommand('fairbalance.insertTopic', (item: { uri: string; id: string }) => insertTopic(checklist, item)),
  );

  c.onNotification(SUMMARY_NOTIFICATION, (params: SummaryParams) => {
    checklist.update(params);
    status.update();
  });
  await c.start();
  status.update();
  return { client: c, checklist, status: status.item };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function lintWorkspace(): Promise<LintFilesResult> {
  const c = client;
  if (!c) return { linted: 0, problems: 0 };
  const excludes = settings().get<string[]>('exclude', []);
  const exclude = `{**/node_modules/**,**/.git/**${excludes.length ? `,${excludes.join(',')}` : ''}}`;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Fair Balance: linting workspace', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', exclude, undefined, token);
      const total: LintFilesResult = { linted: 0, problems: 0 };
      const batch = 20;
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += batch) {
        const uris = files.slice(i, i + batch).map((u) => u.toString());
        const r = await c.sendRequest<LintFilesResult>(LINT_FILES_REQUEST, { uris } satisfies LintFilesParams, token);
        total.linted += r.linted;
        total.problems += r.problems;
        progress.report({ increment: (uris.length / files.length) * 100, message: `${Math.min(i + batch, files.length)} of ${files.length} files` });
      }
      if (!token.isCancellationRequested) {
        void vscode.window.showInformationMessage(`Fair Balance: ${total.problems} problem(s) in ${total.linted} file(s).`);
        void vscode.commands.executeCommand('workbench.actions.view.problems');
      }
      return total;
    },
  );
}

async function fixAll(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const doc = editor.document;
  const full = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, full, 'source.fixAll.fairbalance');
  const action = actions?.find((a) => a.kind?.value === 'source.fixAll.fairbalance' && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage('Fair Balance: nothing to fix safely.');
    return false;
  }
  return vscode.workspace.applyEdit(action.edit);
}

async function createConfig(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Fair Balance: open a folder first.');
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, '.fairbalancerc.json');
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CONFIG_TEMPLATE));
  }
  await vscode.window.showTextDocument(uri);
  return uri;
}
