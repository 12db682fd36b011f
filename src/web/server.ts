// The browser language server (dist/web/server.js): the same service as the Node server
// (src/server/service.ts) in a Web Worker, started by the web extension (src/extension/browser.ts).
// The worker's first message is the term lexicon (LexiconMessage); then it speaks LSP.

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server/service.js';
import { LEXICON_MESSAGE, type LexiconMessage } from '../server/protocol.js';
import { webHost } from './host.js';
import { lexiconResources } from './lexicon.js';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
declare const self: WorkerScope;

function boot(event: { data: unknown }): void {
  const message = event.data as LexiconMessage | undefined;
  if (message?.type !== LEXICON_MESSAGE) return;
  self.removeEventListener('message', boot);
  // Synchronously, so the reader is listening before the next (LSP) message is dispatched.
  const port = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
  const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
  startServer(connection, webHost(connection, lexiconResources(message)));
  connection.listen();
}

self.addEventListener('message', boot);
