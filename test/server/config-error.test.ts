// A broken config file gets one error diagnostic of its own, and linting goes on with defaults.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it, after } from 'node:test';
import { harness, initialize, open } from './harness.js';

const h = harness();
const { client, published } = h;

describe('language server and a broken config file', () => {
  after(() => h.dispose());

  it('puts one error on the config file at its line and column, and still lints the article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fb-server-config-'));
    const configPath = join(dir, '.fairbalancerc.json');
    writeFileSync(configPath, '{\n  "rules": {,}\n}\n');
    const article = pathToFileURL(join(dir, 'a.md')).href;
    const configUri = pathToFileURL(configPath).href;
    await initialize(h);
    open(h, article, 'Ketamine cures pain.\n');
    await h.until(() => published.has(article) && published.has(configUri));
    const onConfig = published.get(configUri)?.diagnostics ?? [];
    assert.equal(onConfig.length, 1);
    assert.equal(onConfig[0].severity, 1);
    assert.equal(onConfig[0].range.start.line, 1);
    assert.match(String(onConfig[0].message), /invalid JSON/);
    assert.ok(published.get(article)!.diagnostics.some((d) => d.code === 'claim-absolute'), 'the article is linted with the defaults');

    // Fixing the file and saying so clears the diagnostic.
    writeFileSync(configPath, '{ "rules": {} }\n');
    client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await h.until(() => (published.get(configUri)?.diagnostics.length ?? 1) === 0);
    assert.deepEqual(published.get(configUri)?.diagnostics, []);
  });
});
