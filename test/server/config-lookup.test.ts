import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInRegistry, CONFIG_NAMES as NODE_CONFIG_NAMES } from '../../src/node/index.js';
import { BrokenConfig, CONFIG_NAMES, ConfigLookup } from '../../src/server/config-lookup.js';
import { pathOf } from '../../src/server/uris.js';

function lookupOver(files: Record<string, string>) {
  const reads: string[] = [];
  const lookup = new ConfigLookup({
    registry: builtInRegistry,
    filePathOf: pathOf,
    readFile: async (uri) => {
      reads.push(uri);
      if (files[uri] === '<unreadable>') throw new Error('EACCES');
      return files[uri];
    },
  });
  return { lookup, reads };
}

describe('config lookup by URI (the language server, Node and browser)', () => {
  it('looks for the same names in the same order as the CLI', () => {
    assert.deepEqual([...CONFIG_NAMES], NODE_CONFIG_NAMES);
  });

  it('the nearest file wins, searching upward; .json before .yaml; package.json only with the key', async () => {
    const { lookup } = lookupOver({
      'vscode-vfs://github/o/r/.fairbalancerc.yaml': 'region: UK\n',
      'vscode-vfs://github/o/r/.fairbalancerc.json': '{ "region": "AU" }',
      'vscode-vfs://github/o/r/docs/package.json': '{ "name": "x" }',
    });
    const found = await lookup.find('vscode-vfs://github/o/r/docs/deep');
    assert.equal(found.uri, 'vscode-vfs://github/o/r/.fairbalancerc.json');
    assert.equal(found.config.region, 'AU');
    assert.deepEqual(await lookup.find('vscode-vfs://github/o'), { config: {} });
  });

  it('reads each folder once until cleared', async () => {
    const { lookup, reads } = lookupOver({ 'file:///w/package.json': '{ "fairbalance": { "region": "UK" } }' });
    await lookup.find('file:///w/a');
    await lookup.find('file:///w/a');
    await lookup.find('file:///w/b');
    assert.equal(reads.filter((r) => r === 'file:///w/package.json').length, 1);
    lookup.clear();
    await lookup.find('file:///w/a');
    assert.equal(reads.filter((r) => r === 'file:///w/package.json').length, 2);
  });

  it('a broken or unreadable file rejects with its URI and a ConfigError naming it', async () => {
    const { lookup } = lookupOver({ 'file:///w/.fairbalancerc.json': '{ "rules": {,} }', 'file:///v/.fairbalancerc.yml': '<unreadable>' });
    const broken = await lookup.find('file:///w/docs').catch((e: unknown) => e);
    assert.ok(broken instanceof BrokenConfig);
    assert.equal(broken.uri, 'file:///w/.fairbalancerc.json');
    assert.equal(broken.error.file, '/w/.fairbalancerc.json');
    assert.match(broken.error.detail, /invalid JSON: line 1, column/);
    const unreadable = await lookup.find('file:///v').catch((e: unknown) => e);
    assert.ok(unreadable instanceof BrokenConfig);
    assert.match(unreadable.error.detail, /cannot read: EACCES/);
  });
});
