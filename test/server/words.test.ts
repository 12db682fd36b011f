import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, beforeEach } from 'node:test';
import { clearConfigCache } from '../../src/node/index.js';
import { addWordToConfig } from '../../src/server/words.js';

describe("add a word to the project's words", () => {
  let dir: string;
  beforeEach(() => {
    clearConfigCache();
    dir = mkdtempSync(join(tmpdir(), 'fb-words-'));
    mkdirSync(join(dir, 'docs'));
  });

  it('creates .fairbalancerc.json at the workspace root when there is no config', () => {
    const written = addWordToConfig(join(dir, 'docs', 'a.md'), 'Spravato', dir);
    assert.equal(written, join(dir, '.fairbalancerc.json'));
    assert.deepEqual(JSON.parse(readFileSync(written, 'utf8')), { words: ['Spravato'] });
  });

  it('keeps a JSON file\'s indentation and adds each word once', () => {
    writeFileSync(join(dir, '.fairbalancerc.json'), '{\n    "region": "UK",\n    "words": ["a"]\n}\n');
    addWordToConfig(join(dir, 'docs', 'a.md'), 'b', dir);
    addWordToConfig(join(dir, 'docs', 'a.md'), 'b', dir);
    assert.equal(readFileSync(join(dir, '.fairbalancerc.json'), 'utf8'), '{\n    "region": "UK",\n    "words": [\n        "a",\n        "b"\n    ]\n}\n');
  });

  it('keeps YAML comments', () => {
    writeFileSync(join(dir, '.fairbalancerc.yaml'), '# clinic terms\nregion: US # where readers live\nwords:\n  - a\n');
    addWordToConfig(join(dir, 'docs', 'a.md'), 'b', dir);
    assert.equal(readFileSync(join(dir, '.fairbalancerc.yaml'), 'utf8'), '# clinic terms\nregion: US # where readers live\nwords:\n  - a\n  - b\n');
  });

  it('writes under the "fairbalance" key of package.json', () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', fairbalance: { region: 'US' } }, null, 2));
    addWordToConfig(join(dir, 'docs', 'a.md'), 'b', dir);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).fairbalance, { region: 'US', words: ['b'] });
    assert.equal(existsSync(join(dir, '.fairbalancerc.json')), false);
  });
});
