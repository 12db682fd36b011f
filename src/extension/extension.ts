// The desktop (Node) extension entry (package.json `main`): the language server dist/server.js in
// a Node process over IPC. The browser entry is browser.ts; everything else is client.ts.

import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, type FairBalanceApi } from './client.js';

export { deactivate, type FairBalanceApi } from './client.js';

export function activate(context: vscode.ExtensionContext): Promise<FairBalanceApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateClient(context, (clientOptions) => new LanguageClient('fairbalance', 'Fair Balance', serverOptions, clientOptions));
}
