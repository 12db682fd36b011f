// The VS Code for the Web entry (package.json `browser`): the language server dist/web/server.js
// in a Web Worker, the same service as the Node server. The worker is made from the script's
// bytes (the extension's files are not always at a URL a worker may load: vscode-remote://, or
// another origin), and its first message is the term lexicon read from the extension's files.
// The client gets the worker's message transports rather than the worker: VS Code's extension
// host wraps the Worker constructor, so the library's `instanceof Worker` check fails.

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { LEXICON_MESSAGE, type LexiconMessage } from '../server/protocol.js';
import { activateClient, type FairBalanceApi } from './client.js';

export { deactivate, type FairBalanceApi } from './client.js';

interface WorkerLike {
  postMessage(message: unknown, transfer: unknown[]): void;
  terminate(): void;
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
  let worker: WorkerLike | undefined;
  const transports = async (): Promise<MessageTransports> => {
    worker?.terminate(); // a restart after a crash: one server at a time
    worker = await startWorker(context.extensionUri);
    const port = worker as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
    return { reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) };
  };
  context.subscriptions.push({ dispose: () => worker?.terminate() });
  return activateClient(context, (clientOptions) => new LanguageClient('fairbalance', 'Fair Balance', transports, clientOptions));
}
