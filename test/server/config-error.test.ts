// A broken config file gets one error diagnostic of its own, and linting goes on with defaults.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, it, after } from 'node:test';
import { createConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startServer } from '../../src/server/service.js';
import { clearConfigCache } from '../../src/node/index.js';

const toServer = new PassThrough();
const toClient = new PassThrough();
const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
startServer(serverConnection, { debounceMs: 10 });
serverConnection.listen();
const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
const published = new Map<string, PublishDiagnosticsParams>();
client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
  published.set(p.uri, p);
});
client.onNotification('fairbalance/summary', () => {});
client.listen();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('language server and a broken config file', () => {
  after(() => {
    client.dispose();
    serverConnection.dispose();
  });

  it('puts one error on the config file at its line and column, and still lints the article', async () => {
    clearConfigCache();
    const dir = mkdtempSync(join(tmpdir(), 'fb-server-config-'));
    const configPath = join(dir, '.fairbalancerc.json');
    writeFileSync(configPath, '{\n  "rules": {,}\n}\n');
    const article = pathToFileURL(join(dir, 'a.md')).href;
    const configUri = pathToFileURL(configPath).href;
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
    client.sendNotification('initialized', {});
    client.sendNotification('textDocument/didOpen', { textDocument: { uri: article, languageId: 'markdown', version: 1, text: 'Ketamine cures pain.\n' } });
    for (let t = 0; t < 200 && !(published.has(article) && published.has(configUri)); t++) await wait(20);
    const onConfig = published.get(configUri)?.diagnostics ?? [];
    assert.equal(onConfig.length, 1);
    assert.equal(onConfig[0].severity, 1);
    assert.equal(onConfig[0].range.start.line, 1);
    assert.match(String(onConfig[0].message), /invalid JSON/);
    assert.ok(published.get(article)!.diagnostics.some((d) => d.code === 'claim-absolute'), 'the article is linted with the defaults');

    // Fixing the file and saying so clears the diagnostic.
    writeFileSync(configPath, '{ "rules": {} }\n');
    client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    for (let t = 0; t < 200 && (published.get(configUri)?.diagnostics.length ?? 1) > 0; t++) await wait(20);
    assert.deepEqual(published.get(configUri)?.diagnostics, []);
  });
});
