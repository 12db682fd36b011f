// The rule contract and the registry: every built-in rule declares its docs and messages, rule
// options are checked against each rule's schema, and sections from the registry are config keys.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInRegistry, createLinter, resolveConfig, validateConfig } from '../../src/node/index.js';
import { ConfigError, flattenConfig } from '../../src/core/config.js';
import { formatMessage, placeholdersOf } from '../../src/core/rule.js';
import type { Registry } from '../../src/core/registry.js';
import { configErrorOf } from '../helpers/config-error.js';

const errorOf = configErrorOf;

describe('the built-in rules', () => {
  it('have unique ids, a description, messages and a known fix kind', () => {
    const ids = builtInRegistry.rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of builtInRegistry.rules) {
      assert.ok(r.meta.docs.description.length > 20, r.id);
      assert.ok(Object.keys(r.meta.messages).length > 0, r.id);
      assert.ok(r.meta.fixable === false || ['safe', 'claim', 'caveat', 'term'].includes(r.meta.fixable), r.id);
      for (const [id, text] of Object.entries(r.meta.messages)) {
        assert.ok(text.trim().length > 0, `${r.id}.${id}`);
        for (const name of placeholdersOf(text)) assert.match(name, /^\w+$/, `${r.id}.${id}: {{${name}}}`);
      }
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders from data and leaves unknown ones, like ESLint', () => {
    assert.equal(formatMessage('"{{word}}" is {{ kind }}; {{other}}.', { word: 'ketamin', kind: 'misspelled' }), '"ketamin" is misspelled; {{other}}.');
    assert.equal(formatMessage('{{a}}', { a: '{{b}}', b: 'x' }), '{{b}}', 'data is not formatted again');
  });
});

describe('rule options', () => {
  it('are checked against the rule schema', () => {
    assert.doesNotThrow(() => validateConfig({ rules: { 'caveat-missing': ['warn', { severity: { driving: 'off' } }] } }, 'c.json'));
    const e = errorOf(() => validateConfig({ rules: { 'caveat-missing': ['warn', { severty: {} }] } }, 'c.json'));
    assert.equal(e.key, 'rules.caveat-missing[1].severty');
    assert.match(e.detail, /did you mean "severity"/);
    assert.equal(errorOf(() => validateConfig({ rules: { 'caveat-missing': ['warn', { severity: { driving: 'loud' } }] } }, 'c.json')).key, 'rules.caveat-missing[1].severity.driving');
  });
  it('a rule without a schema takes none', () => {
    const e = errorOf(() => validateConfig({ overrides: [{ files: '*.md', rules: { 'claim-absolute': ['warn', {}] } }] }, 'c.yaml'));
    assert.equal(e.file, 'c.yaml');
    assert.equal(e.key, 'overrides[0].rules.claim-absolute[1]');
    assert.match(e.detail, /claim-absolute takes no options/);
  });
});

describe('registry sections', () => {
  const registry: Registry = {
    rules: [],
    sections: [
      { key: 'colours', schema: { type: 'array', items: { type: 'string' } }, scoped: true, merge: 'union', default: ['red'], check: (v: string[], file, path) => v.forEach((c, i) => { if (c === 'blurple') throw new ConfigError(file, `${path}[${i}]`, 'not a colour'); }) },
      { key: 'shape', schema: { type: 'object', properties: { sides: { type: 'number' }, name: { type: 'string' } } }, default: { sides: 4, name: 'square' } },
    ],
  };
  const linter = createLinter({ registry, resources: {} });

  it('are config keys, validated with their own checks, in overrides when scoped', () => {
    assert.equal(errorOf(() => linter.validateConfig({ overrides: [{ files: '*', colours: ['blue', 'blurple'] }] }, 'c.json')).key, 'overrides[0].colours[1]');
    assert.equal(errorOf(() => linter.validateConfig({ overrides: [{ files: '*', shape: {} }] }, 'c.json')).key, 'overrides[0].shape');
    assert.equal(errorOf(() => linter.validateConfig({ therapies: [] }, 'c.json')).key, 'therapies', "another registry's sections are unknown keys");
  });

  it('resolve into sections by their merge: union over the default, objects key by key', () => {
    const config = { colours: ['blue'], shape: { sides: 3 }, overrides: [{ files: 'a/**', colours: ['blue', 'green'] }] };
    const resolved = linter.resolveConfig(config, 'a/x.md');
    assert.deepEqual(resolved.sections, { colours: ['red', 'blue', 'green'], shape: { sides: 3, name: 'square' } });
    assert.deepEqual(linter.resolveConfig({}).sections.colours, ['red']);
  });

  it('print back at the top level', () => {
    const flat = flattenConfig(resolveConfig({ requireTopics: ['driving'], locale: 'en-GB' }));
    assert.deepEqual(Object.keys(flat), ['rules', 'region', 'words', 'requireTopics', 'ignoreTopics', 'therapies', 'claims', 'citations', 'readability', 'timeBudgetMs', 'maxFileSize', 'locale']);
    assert.deepEqual(flat.requireTopics, ['driving']);
  });
});
