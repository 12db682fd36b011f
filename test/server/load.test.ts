// Load test: the real server logic over an in-memory LSP connection (two stream pairs), no VS Code.
// 50 open articles, each edited rapidly; the diagnostics published last must be those of each
// document's last version, and memory must not grow per version.
import assert from 'node:assert/strict';
import { describe, it, after } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint } from '../../src/node/index.js';
import { harness, initialize, wait } from './harness.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
};

const h = harness({ debounceMs: 30 });
const { client, server, published: latest } = h;

const N = 50;
const uri = (i: number) => `file:///load/article-${i}.md`;
const article = (i: number, v: number) =>
  `# Ketamine therapy ${i}\n\nKetamine ${v % 2 ? 'cures' : 'may help with'} depression for some people (edit ${v}).\n\nThe ketamin dose is set by a doctor.\n`;
/** Waits until every document's latest diagnostics are for `versions` (or 10 s pass), then a little more. */
async function settle(versions: number[]) {
  const done = () => versions.every((v, i) => latest.get(uri(i))?.version === v) && server.stats().pending === 0;
  for (let t = 0; t < 500 && !done(); t++) await wait(20);
  await wait(100); // a stale publish would arrive now
}

describe('language server under load', () => {
  after(() => h.dispose());

  it('50 open articles edited rapidly: last diagnostics match each last version, memory stays flat', async () => {
    await initialize(h);
    for (let i = 0; i < N; i++) client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(i), languageId: 'markdown', version: 0, text: article(i, 0) } });
    const versions = new Array(N).fill(0);
    await settle(versions);
    const round = async (edits: number) => {
      for (let e = 0; e < edits; e++) {
        for (let i = 0; i < N; i++) {
          const v = ++versions[i];
          client.sendNotification('textDocument/didChange', { textDocument: { uri: uri(i), version: v }, contentChanges: [{ text: article(i, v) }] });
        }
      }
      await settle(versions);
    };
    await round(5);
    const before = heapAfterGc();
    for (let r = 0; r < 4; r++) await round(10);
    const grown = heapAfterGc() - before;

    for (let i = 0; i < N; i++) {
      const p = latest.get(uri(i));
      assert.equal(p?.version, versions[i], `article ${i}: diagnostics for version ${p?.version}, document at ${versions[i]}`);
      const expected = lint(article(i, versions[i]), { filePath: `/load/article-${i}.md` }).findings.map((f) => f.ruleId).sort();
      assert.deepEqual(p!.diagnostics.map((d) => d.code).sort(), expected);
    }
    const stats = server.stats();
    assert.deepEqual(stats, { documents: N, results: N, pending: 0 });
    // 2,000 more versions linted; per-version retention of even 1 KB would show as 2 MB.
    assert.ok(grown < 4 * 1024 * 1024, `heap grew by ${(grown / 1024 / 1024).toFixed(1)} MB over 2,000 edits`);

    for (let i = 0; i < N; i++) client.sendNotification('textDocument/didClose', { textDocument: { uri: uri(i) } });
    await wait(100);
    assert.deepEqual(server.stats(), { documents: 0, results: 0, pending: 0 });
    assert.equal(latest.get(uri(0))?.diagnostics.length, 0);
  });
});
