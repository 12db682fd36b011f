// The language server over an in-memory LSP connection (two stream pairs), no VS Code: a client
// that records what the server publishes and, like the VS Code client, can serve file requests.

import { PassThrough } from 'node:stream';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startServer } from '../../src/server/service.js';
import type { ServerHost } from '../../src/server/host.js';
import { nodeHost } from '../../src/server/node-host.js';
import { READ_FILE_REQUEST, WRITE_FILE_REQUEST, type ReadFileParams, type ReadFileResult, type SummaryParams, type WriteFileParams } from '../../src/server/protocol.js';

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Harness {
  client: ReturnType<typeof createProtocolConnection>;
  server: ReturnType<typeof startServer>;
  published: Map<string, PublishDiagnosticsParams>;
  summaries: Map<string, SummaryParams>;
  messages: string[];
  /** Polls `done` every 20 ms for up to 10 s. */
  until(done: () => unknown): Promise<void>;
  /** Waits until the server has been quiet for a while (no late publish after the test), then closes both ends. */
  dispose(): Promise<void>;
}

export interface HarnessOptions {
  host?: (connection: Connection) => ServerHost;
  debounceMs?: number;
  /** Files the client serves for READ_FILE_REQUEST and receives from WRITE_FILE_REQUEST (URI -> text). */
  clientFiles?: Map<string, string>;
}

export function harness(options: HarnessOptions = {}): Harness {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const server = startServer(serverConnection, (options.host ?? nodeHost)(serverConnection), { debounceMs: options.debounceMs ?? 10 });
  serverConnection.listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published = new Map<string, PublishDiagnosticsParams>();
  const summaries = new Map<string, SummaryParams>();
  const messages: string[] = [];
  let lastMessage = Date.now();
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    lastMessage = Date.now();
    published.set(p.uri, p);
  });
  client.onNotification('fairbalance/summary', (p: SummaryParams) => {
    summaries.set(p.uri, p);
  });
  client.onNotification('window/showMessage', (p: { message: string }) => {
    messages.push(p.message);
  });
  const files = options.clientFiles;
  if (files) {
    client.onRequest(READ_FILE_REQUEST, ({ uri, maxBytes }: ReadFileParams): ReadFileResult => {
      const text = files.get(uri);
      if (text === undefined) return {};
      return maxBytes !== undefined && text.length > maxBytes ? { tooLarge: true } : { text };
    });
    client.onRequest(WRITE_FILE_REQUEST, ({ uri, text }: WriteFileParams) => {
      files.set(uri, text);
    });
  }
  client.listen();
  return {
    client,
    server,
    published,
    summaries,
    messages,
    async until(done) {
      for (let t = 0; t < 500 && !done(); t++) await wait(20);
    },
    async dispose() {
      // A re-lint still under way (after a watched-file change) would write to a closed connection.
      for (let t = 0; t < 100 && Date.now() - lastMessage < 200; t++) await wait(20);
      client.dispose();
      serverConnection.dispose();
    },
  };
}

/** initialize + initialized, with settings and workspace folders. */
export async function initialize(h: Harness, init: { settings?: unknown; folders?: string[] } = {}): Promise<void> {
  await h.client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: {},
    workspaceFolders: init.folders ? init.folders.map((uri, i) => ({ uri, name: `folder-${i}` })) : null,
    initializationOptions: { settings: init.settings ?? {} },
  });
  h.client.sendNotification('initialized', {});
}

export function open(h: Harness, uri: string, text: string, version = 1, languageId = 'markdown'): void {
  h.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}
