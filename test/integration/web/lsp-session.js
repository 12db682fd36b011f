'use strict';
// One LSP session against a Fair Balance language server, the same script for the Node server
// (a child process over stdio) and the browser worker (a Web Worker in Chromium): open each
// article, collect what the server publishes (diagnostics, the checklist summary), ask for the
// quick fixes of every diagnostic and for fix-all, add a word, and shut down. Runs in Node and
// in a page (it sets `globalThis.fairbalanceSession` there).
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.fairbalanceSession = factory();
})(typeof self !== 'undefined' ? self : globalThis, function () {
  /**
   * A JSON-RPC 2.0 endpoint over any transport: `send(message)` delivers a message object, and
   * the transport calls `receive(message)` with each one that arrives.
   */
  function endpoint(send, timeoutMs = 30000) {
    let nextId = 1;
    const pending = new Map();
    const notificationHandlers = new Map();
    const requestHandlers = new Map();
    return {
      request(method, params) {
        const id = nextId++;
        send({ jsonrpc: '2.0', id, method, params });
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            pending.delete(id);
            reject(new Error(`${method}: no answer in ${timeoutMs} ms`));
          }, timeoutMs);
          const done = (fn) => (v) => {
            clearTimeout(timer);
            fn(v);
          };
          pending.set(id, { resolve: done(resolve), reject: done(reject), method });
        });
      },
      notify(method, params) {
        send({ jsonrpc: '2.0', method, params });
      },
      onNotification(method, fn) {
        notificationHandlers.set(method, fn);
      },
      onRequest(method, fn) {
        requestHandlers.set(method, fn);
      },
      async receive(message) {
        if (message.id !== undefined && message.method === undefined) {
          const p = pending.get(message.id);
          pending.delete(message.id);
          if (!p) return;
          if (message.error) p.reject(new Error(`${p.method}: ${message.error.message}`));
          else p.resolve(message.result);
        } else if (message.id !== undefined) {
          const handler = requestHandlers.get(message.method);
          if (!handler) return send({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: `no handler for ${message.method}` } });
          try {
            send({ jsonrpc: '2.0', id: message.id, result: (await handler(message.params)) ?? null });
          } catch (e) {
            send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String((e && e.message) || e) } });
          }
        } else {
          const handler = notificationHandlers.get(message.method);
          if (handler) handler(message.params);
        }
      },
    };
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  async function until(done, what, timeoutMs = 20000) {
    const end = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await sleep(10);
    }
  }

  /**
   * The session. `workspace`: { folders: [uri], articles: [{ uri, text, languageId }],
   * addWord: { uri, word }, watch: [uri] (config files whose diagnostics are collected too) }.
   */
  async function run(rpc, workspace) {
    const published = new Map();
    const summaries = new Map();
    const messages = [];
    rpc.onNotification('textDocument/publishDiagnostics', (p) => published.set(p.uri, p));
    rpc.onNotification('fairbalance/summary', (p) => summaries.set(p.uri, p));
    rpc.onNotification('window/showMessage', (p) => messages.push(p.message));
    rpc.onNotification('window/logMessage', (p) => messages.push(`log: ${p.message.slice(0, 200)}`));
    const init = await rpc.request('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
      workspaceFolders: workspace.folders.map((uri, i) => ({ uri, name: `folder-${i}` })),
      initializationOptions: { settings: { enable: true, run: 'onType', rules: {}, exclude: [] } },
    });
    rpc.notify('initialized', {});
    const articles = [];
    const started = Date.now();
    for (const a of workspace.articles) {
      rpc.notify('textDocument/didOpen', { textDocument: { uri: a.uri, languageId: a.languageId, version: 1, text: a.text } });
      await until(() => published.get(a.uri)?.version === 1 && summaries.get(a.uri)?.version === 1, `the diagnostics of ${a.uri}`);
      const { diagnostics } = published.get(a.uri);
      const quickFixes = [];
      for (const d of diagnostics) {
        quickFixes.push(await rpc.request('textDocument/codeAction', { textDocument: { uri: a.uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } }));
      }
      const lines = a.text.split('\n').length;
      const fixAll = await rpc.request('textDocument/codeAction', { textDocument: { uri: a.uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.fairbalance'] } });
      const hover = diagnostics[0] ? await rpc.request('textDocument/hover', { textDocument: { uri: a.uri }, position: diagnostics.find((d) => d.code !== 'caveat-missing')?.range.start ?? diagnostics[0].range.start }) : null;
      articles.push({ uri: a.uri, diagnostics, quickFixes, fixAll, hover, summary: summaries.get(a.uri) });
    }
    const lintMs = Date.now() - started;
    const configDiagnostics = Object.fromEntries((workspace.watch || []).map((uri) => [uri, published.get(uri)?.diagnostics ?? null]));
    if (workspace.addWord) await rpc.request('workspace/executeCommand', { command: 'fairbalance.addWord', arguments: [workspace.addWord.uri, workspace.addWord.word] });
    await rpc.request('shutdown', null);
    rpc.notify('exit', null);
    return { serverInfo: init.serverInfo, capabilities: init.capabilities, articles, configDiagnostics, messages, lintMs };
  }

  return { endpoint, run };
});
