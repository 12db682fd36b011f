// The browser worker's host (src/web/host.ts) over an in-memory connection: every file comes
// from the client (as workspace.fs does in VS Code for the Web). The results must be those the
// Node server gives for the same files on disk. The Node server also asks the client for URIs it
// cannot open itself (a virtual workspace).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it, after } from 'node:test';
import { builtInResources } from '../../src/node/index.js';
import { webHost } from '../../src/web/host.js';
import { harness, initialize, open, type Harness } from './harness.js';

const ARTICLE = '# Ketamine for depression\n\nKetamine cures depression. The ketamin dose is set by a doctor.\n';
const CONFIG = '{ "rules": { "claim-absolute": "off" }, "region": "UK" }\n';

describe('language server with files read through the client', () => {
  const files = new Map<string, string>();
  const root = 'vscode-vfs://github/owner/repo';
  files.set(`${root}/.fairbalancerc.json`, CONFIG);
  files.set(`${root}/docs/unopened.md`, ARTICLE);
  const web = harness({ host: (c) => webHost(c, builtInResources()), clientFiles: files });
  const dir = mkdtempSync(join(tmpdir(), 'fb-client-files-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, '.fairbalancerc.json'), CONFIG);
  const node = harness();
  const virtual = harness({ clientFiles: files }); // the Node host in a virtual workspace
  after(() => Promise.all([web, node, virtual].map((h) => h.dispose())));

  const diagnosticsOf = async (h: Harness, folder: string) => {
    await initialize(h, { folders: [folder] });
    const uri = `${folder}/docs/a.md`;
    open(h, uri, ARTICLE);
    await h.until(() => h.published.has(uri) && h.summaries.has(uri));
    return { diagnostics: h.published.get(uri)!.diagnostics, summary: h.summaries.get(uri)!.summary };
  };

  it('finds the config file through the client and lints as the Node server does from disk', async () => {
    const fromClient = await diagnosticsOf(web, root);
    const fromDisk = await diagnosticsOf(node, pathToFileURL(dir).href);
    const fromVirtual = await diagnosticsOf(virtual, root);
    assert.ok(fromClient.diagnostics.length > 0);
    assert.ok(!fromClient.diagnostics.some((d) => d.code === 'claim-absolute'), 'the config file turned claim-absolute off');
    assert.ok(fromClient.diagnostics.some((d) => d.code === 'term-misspelled'));
    assert.deepEqual(fromClient, fromDisk);
    assert.deepEqual(fromVirtual, fromDisk);
  });

  it('"Add word" writes the config file through the client', async () => {
    await web.client.sendRequest('workspace/executeCommand', { command: 'fairbalance.addWord', arguments: [`${root}/docs/a.md`, 'ketamin'] });
    assert.deepEqual(JSON.parse(files.get(`${root}/.fairbalancerc.json`)!), { rules: { 'claim-absolute': 'off' }, region: 'UK', words: ['ketamin'] });
  });

  it('Lint Workspace reads unopened files through the client', async () => {
    const uri = `${root}/docs/unopened.md`;
    const result = await web.client.sendRequest('fairbalance/lintFiles', { uris: [uri, `${root}/docs/missing.md`] });
    assert.deepEqual(result, { linted: 1, problems: web.published.get(uri)?.diagnostics.length });
    assert.ok(web.published.get(uri)!.diagnostics.length > 0);
  });

  it('a broken config file read through the client gets its error diagnostic', async () => {
    files.set(`${root}/broken/.fairbalancerc.yaml`, 'rules: [\n');
    open(web, `${root}/broken/b.md`, ARTICLE);
    await web.until(() => web.published.has(`${root}/broken/.fairbalancerc.yaml`));
    const [d] = web.published.get(`${root}/broken/.fairbalancerc.yaml`)!.diagnostics;
    assert.match(String(d.message), /invalid YAML/);
    await web.until(() => web.published.has(`${root}/broken/b.md`));
    assert.ok(web.published.get(`${root}/broken/b.md`)!.diagnostics.some((x) => x.code === 'claim-absolute'), 'linted with the defaults');
  });
});
