// Issue 19 item 15: config mistakes that surfaced as internal errors, were silently accepted, or
// named no key, are clear errors naming the file and the key.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText } from '../../src/node/index.js';
import { ConfigError } from '../../src/core/config.js';
import { cli, folder } from '../cli/helpers.js';

const errorOf = (text: string, path: string): ConfigError => {
  try {
    parseConfigText(text, path);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  assert.fail(`no error for ${JSON.stringify(text)}`);
};

describe('clear config errors (issue 19 item 15)', () => {
  it('the YAML alias limit is a config error naming the file, not an internal error', () => {
    const text = `a: &a [1, 2]\nb: [${Array(120).fill('*a').join(', ')}]\n`;
    const e = errorOf(text, '/p/.fairbalancerc.yaml');
    assert.equal(e.file, '/p/.fairbalancerc.yaml');
    assert.match(e.detail, /too many aliases/);
    const dir = folder({ 'a.md': 'x\n', '.fairbalancerc.yaml': text });
    const r = cli(['a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^fairbalance: .*\.fairbalancerc\.yaml: invalid YAML: too many aliases/);
    assert.doesNotMatch(r.stderr, /internal error/);
  });

  it('constructor, toString and __proto__ are unknown keys, in YAML and JSON', () => {
    assert.equal(errorOf('constructor: 1\n', '/p/.fairbalancerc.yaml').key, 'constructor');
    assert.equal(errorOf('__proto__:\n  region: UK\n', '/p/.fairbalancerc.yaml').key, '__proto__');
    assert.equal(errorOf('{"__proto__": {"region": "UK"}}', '/p/.fairbalancerc.json').key, '__proto__');
    assert.equal(errorOf('{"citations": {"toString": []}}', '/p/.fairbalancerc.json').key, 'citations.toString');
    assert.equal(errorOf('rules:\n  toString: warn\n', '/p/.fairbalancerc.yaml').key, 'rules.toString');
  });

  it('"fairbalance": null or 5 in package.json is an error naming the key (null no longer hides a config above)', () => {
    for (const value of ['null', '5', '[]', '"x"']) {
      const e = errorOf(`{"name": "x", "fairbalance": ${value}}`, '/p/package.json');
      assert.equal(e.key, 'fairbalance');
      assert.match(e.detail, /expected an object of settings/);
    }
    assert.equal(parseConfigText('{"name": "x"}', '/p/package.json'), undefined, 'no key: not a config');
  });
});
