import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it, beforeEach, after } from 'node:test';
import { withWord } from '../../src/server/words.js';
import { harness, initialize } from './harness.js';

describe("add a word to the project's words: the config text", () => {
  it('starts a new JSON file', () => {
    assert.deepEqual(JSON.parse(withWord('.fairbalancerc.json', '', 'Spravato')), { words: ['Spravato'] });
  });

  it("keeps a JSON file's indentation and adds each word once", () => {
    const once = withWord('.fairbalancerc.json', '{\n    "region": "UK",\n    "words": ["a"]\n}\n', 'b');
    assert.equal(withWord('.fairbalancerc.json', once, 'b'), '{\n    "region": "UK",\n    "words": [\n        "a",\n        "b"\n    ]\n}\n');
  });

  it('keeps YAML comments', () => {
    assert.equal(withWord('.fairbalancerc.yaml', '# clinic terms\nregion: US # where readers live\nwords:\n  - a\n', 'b'), '# clinic terms\nregion: US # where readers live\nwords:\n  - a\n  - b\n');
  });

  it('writes under the "fairbalance" key of package.json', () => {
    assert.deepEqual(JSON.parse(withWord('package.json', JSON.stringify({ name: 'x', fairbalance: { region: 'US' } }, null, 2), 'b')).fairbalance, { region: 'US', words: ['b'] });
  });
});

describe("add a word to the project's words: the file the server writes", () => {
  const h = harness();
  let dir: string;
  const addWord = async (word: string) => h.client.sendRequest('workspace/executeCommand', { command: 'fairbalance.addWord', arguments: [pathToFileURL(join(dir, 'docs', 'a.md')).href, word] });
  after(() => h.dispose());
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fb-words-'));
    mkdirSync(join(dir, 'docs'));
    await initialize(h, { folders: [pathToFileURL(dir).href] });
  });

  it('creates .fairbalancerc.json at the workspace folder when there is no config', async () => {
    await addWord('Spravato');
    assert.deepEqual(JSON.parse(readFileSync(join(dir, '.fairbalancerc.json'), 'utf8')), { words: ['Spravato'] });
  });

  it('edits the nearest config file, a package.json with the key included', async () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', fairbalance: { region: 'US' } }, null, 2));
    await addWord('b');
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).fairbalance, { region: 'US', words: ['b'] });
    assert.equal(existsSync(join(dir, '.fairbalancerc.json')), false);
  });
});
