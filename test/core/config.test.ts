import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearConfigCache, loadConfig, parseConfigText, resolveConfig, validateConfig } from '../../src/node/index.js';
import { configErrorOf } from '../helpers/config-error.js';

const errorOf = (fn: () => unknown) => configErrorOf(fn).message;

describe('config validation', () => {
  it('names the file and the key for a bad severity', () => {
    assert.equal(
      errorOf(() => validateConfig({ rules: { 'claim-absolute': 'on' } }, '.fairbalancerc.json')),
      '.fairbalancerc.json: rules.claim-absolute: expected "off", "warn" or "error" (or ["warn", {options}]), got "on"',
    );
  });

  it('names the nearest key for an unknown key', () => {
    assert.match(errorOf(() => validateConfig({ rulez: {} }, 'c.json')), /^c\.json: rulez: unknown key; did you mean "rules"\?/);
  });

  it('names the nearest rule for an unknown rule id', () => {
    assert.match(errorOf(() => validateConfig({ rules: { 'claim-absolut': 'warn' } }, 'c.json')), /rules\.claim-absolut: unknown rule; did you mean "claim-absolute"/);
  });

  it('rejects wrong types with the path', () => {
    assert.match(errorOf(() => validateConfig({ words: ['ok', 3] }, 'c.yaml')), /^c\.yaml: words\[1\]: expected a string, got 3/);
    assert.match(errorOf(() => validateConfig({ region: 'Mars' }, 'c.yaml')), /region: expected "US", .* got "Mars"/);
  });

  it('reports JSON and YAML syntax errors with line and column', () => {
    assert.match(errorOf(() => parseConfigText('{\n  "rules": {,}\n}', '/x/.fairbalancerc.json')), /\.fairbalancerc\.json: invalid JSON: line 2/);
    assert.match(errorOf(() => parseConfigText('rules:\n  - a\n b: [', '/x/.fairbalancerc.yaml')), /\.fairbalancerc\.yaml: invalid YAML: line \d+, column \d+/);
  });

  it('presets set severities and rules override them', () => {
    const strict = resolveConfig({ extends: 'strict' });
    assert.equal(strict.rules['term-misspelled'][0], 2);
    const off = resolveConfig({ rules: { 'claim-absolute': 'off' } });
    assert.equal(off.rules['claim-absolute'][0], 0);
  });

  it('applies overrides by glob relative to the config file', () => {
    const c = { overrides: [{ files: 'faq/**', rules: { 'claim-absolute': 'off' as const } }] };
    assert.equal(resolveConfig(c, 'faq/a.md').rules['claim-absolute'][0], 0);
    assert.equal(resolveConfig(c, 'blog/a.md').rules['claim-absolute'][0], 2);
  });
});

describe('config discovery', () => {
  it('finds the nearest config upward, and a package.json key', () => {
    clearConfigCache();
    const root = mkdtempSync(join(tmpdir(), 'fb-config-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'x', fairbalance: { region: 'UK' } }));
    writeFileSync(join(root, 'a', '.fairbalancerc.yaml'), 'region: AU\n');
    assert.equal(loadConfig(join(root, 'a', 'b', 'x.md')).region, 'AU');
    assert.equal(loadConfig(join(root, 'x.md')).region, 'UK');
  });
});
