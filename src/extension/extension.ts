// The VS Code client: starts the language server (dist/server.js) over IPC, passes the
// `fairbalance.*` settings, and adds the commands, the safety checklist and the status bar item.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  LINT_FILES_REQUEST,
  SOURCE,
  SUMMARY_NOTIFICATION,
  type LintFilesParams,
  type LintFilesResult,
  type SummaryParams,
} from '../server/protocol.js';
import { ChecklistProvider, insertTopic } from './checklist.js';

let client: LanguageClient | undefined;

const SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
];
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
  client: LanguageClient;
  checklist: ChecklistProvider;
}

export async function activate(context: vscode.ExtensionContext): Promise<FairBalanceApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    initializationOptions: { settings: settings() },
    synchronize: {
      configurationSection: 'fairbalance',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.fairbalancerc.json,.fairbalancerc.yaml,.fairbalancerc.yml,package.json}'),
    },
    diagnosticCollectionName: 'fairbalance',
  };
  client = new LanguageClient('fairbalance', 'Fair Balance', serverOptions, clientOptions);

  const checklist = new ChecklistProvider();
  const status = vscode.window.createStatusBarItem('fairbalance.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Fair Balance';
  status.command = 'workbench.actions.view.problems';
  const updateStatus = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !['markdown', 'plaintext'].includes(doc.languageId)) return status.hide();
    const ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE);
    const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    status.text = `$(shield) ${errors} $(warning) ${ours.length - errors}`;
    status.tooltip = `Fair Balance: ${errors} error(s), ${ours.length - errors} warning(s) in this article. Click to open the Problems panel.`;
    status.show();
  };

  context.subscriptions.push(
    client,
    status,
    vscode.window.registerTreeDataProvider('fairbalance.checklist', checklist),
    vscode.window.onDidChangeActiveTextEditor(() => {
      updateStatus();
      checklist.refresh();
    }),
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.workspace.onDidCloseTextDocument((d) => checklist.forget(d.uri.toString())),
    vscode.commands.registerCommand('fairbalance.lintWorkspace', lintWorkspace),
    vscode.commands.registerCommand('fairbalance.fixAll', fixAll),
    vscode.commands.registerCommand('fairbalance.showChecklist', () => vscode.commands.executeCommand('fairbalance.checklist.focus')),
    vscode.commands.registerCommand('fairbalance.createConfig', createConfig),
    vscode.commands.registerCommand('fairbalance.insertTopic', (item: { uri: string; id: string }) => insertTopic(checklist, item)),
  );

  client.onNotification(SUMMARY_NOTIFICATION, (params: SummaryParams) => checklist.update(params));
  await client.start();
  updateStatus();
  return { client, checklist };
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
