// The VS Code for the Web entry (package.json `browser`): the language server dist/web/server.js
// in a Web Worker, the same service as the Node server. The worker is made from the script's
// bytes (the extension's files are not always at a URL a worker may load: vscode-remote://, or
// another origin), and its first message is the term lexicon read from the extension's files.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { LEXICON_MESSAGE, type LexiconMessage } from '../server/protocol.js';
import { activateClient, type FairBalanceApi } from './client.js';

export { deactivate, type FairBalanceApi } from './client.js';

interface WorkerLike {
  postMessage(message: unknown, transfer: unknown[]): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => WorkerLike;

async function lexiconMessage(read: (path: string) => Thenable<Uint8Array>): Promise<LexiconMessage> {
  try {
    const [trie, terms] = await Promise.all([read('dist/lexicon.bin'), read('dist/lexicon.json')]);
    return { type: LEXICON_MESSAGE, trie, terms: new TextDecoder().decode(terms) };
  } catch (e) {
    return { type: LEXICON_MESSAGE, error: `cannot read the lexicon from the extension (${(e as Error).message})` };
  }
}

async function startWorker(extensionUri: vscode.Uri): Promise<WorkerLike> {
  const read = (path: string) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, path));
  const [script, lexicon] = await Promise.all([read('dist/web/server.js'), lexiconMessage(read)]);
  const worker = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })), { name: 'Fair Balance language server' });
  worker.postMessage(lexicon, lexicon.trie ? [lexicon.trie.buffer] : []);
  return worker;
}

export function activate(context: vscode.ExtensionContext): Promise<FairBalanceApi> {
  return activateClient(
    context,
    (clientOptions) => new LanguageClient('fairbalance', 'Fair Balance', () => startWorker(context.extensionUri) as never, clientOptions),
  );
}
