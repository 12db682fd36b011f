// The browser language server bundle (dist/web/server.js) in a bare JavaScript context: no Node
// (require, process, Buffer), no DOM (document, window), only what a Web Worker has. It must
// load, take the lexicon as its first message, answer initialize and publish diagnostics. The
// full check, in Chromium against the Node server, is test/integration/run-web-worker.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createContext, runInContext } from 'node:vm';

const DIST = join(__dirname, '..', '..', 'dist');

function startWorker() {
  const listeners: ((e: { data: unknown }) => void)[] = [];
  const sent: { method?: string; id?: number; result?: unknown; params?: { uri?: string; diagnostics?: { code: string }[] } }[] = [];
  const self: Record<string, unknown> = {
    addEventListener: (type: string, fn: (e: { data: unknown }) => void) => type === 'message' && listeners.push(fn),
    removeEventListener: (type: string, fn: (e: { data: unknown }) => void) => listeners.splice(listeners.indexOf(fn) >>> 0, 1),
    postMessage: (m: (typeof sent)[number]) => sent.push(structuredClone(m)),
  };
  const worker = { self, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, console, URL, performance, structuredClone };
  self.self = self;
  const context = createContext(worker);
  runInContext(readFileSync(join(DIST, 'web', 'server.js'), 'utf8'), context, { filename: 'dist/web/server.js' });
  // As in a browser, the handlers are those registered when the event is dispatched (the reader
  // the boot message installs does not see that message).
  const post = (data: unknown) => {
    const e = { data: structuredClone(data) };
    const handlers = [...listeners, ...(typeof self.onmessage === 'function' ? [self.onmessage as (e: { data: unknown }) => void] : [])];
    for (const fn of handlers) fn(e);
  };
  return { post, sent, listeners, globals: context };
}

describe('browser language server bundle', () => {
  it('runs without Node or a DOM: lexicon message, initialize, diagnostics', async () => {
    const w = startWorker();
    assert.equal(w.listeners.length, 1, 'it waits for the lexicon message');
    for (const name of ['require', 'process', 'Buffer', 'document', 'window']) assert.equal(name in w.globals, false, name);
    w.post({ type: 'fairbalance/lexicon', trie: new Uint8Array(readFileSync(join(DIST, 'lexicon.bin'))), terms: readFileSync(join(DIST, 'lexicon.json'), 'utf8') });
    w.post({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null } });
    w.post({ jsonrpc: '2.0', method: 'initialized', params: {} });
    w.post({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: '# Ketamine\n\nKetamine cures depression. The ketamin dose varies.\n' } } });
    const published = () => w.sent.find((m) => m.method === 'textDocument/publishDiagnostics');
    for (let t = 0; t < 250 && !published(); t++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(w.sent.some((m) => m.id === 1 && (m.result as { serverInfo?: { name: string } }).serverInfo?.name === 'fairbalance'));
    assert.ok(!w.sent.some((m) => m.method === 'window/logMessage'), 'no message the server did not understand');
    const codes = published()!.params!.diagnostics!.map((d) => d.code);
    assert.ok(codes.includes('claim-absolute') && codes.includes('term-misspelled'), codes.join(', '));
  });
});
