// Bad configs, core side: every mistake names the file and the key path (nested keys and
// overrides included), and suggests the nearest valid key or rule.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText, validateConfig } from '../../src/node/index.js';
import { rules } from '../../src/rules/index.js';
import { configErrorOf } from '../helpers/config-error.js';

const errorOf = configErrorOf;
const RULE = rules[0].id;

describe('bad configs name the file and the nested key', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['claim pattern with an empty alternative', { claims: [{ pattern: 'cure' }, { pattern: 'heal||fix' }] }, 'claims[1].pattern', /empty alternative/],
    ['claim pattern with unbalanced brackets', { claims: [{ pattern: '[very cure' }] }, 'claims[0].pattern', /unbalanced/],
    ['claim pattern with no word', { claims: [{ pattern: '... *' }] }, 'claims[0].pattern', /needs at least one word/],
    ['claim pattern ending in a gap', { claims: [{ pattern: 'cure ...' }] }, 'claims[0].pattern', /cannot end with/],
    ['claim without a pattern', { claims: [{ rewrite: 'x' }] }, 'claims[0]', /missing required key "pattern"/],
    ['misspelled claim key', { claims: [{ patern: 'cure' }] }, 'claims[0].patern', /did you mean "pattern"/],
    ['pattern of the wrong type', { claims: [{ pattern: 3 }] }, 'claims[0].pattern', /expected a string, got 3/],
    ['nested unknown key', { citations: { trustedDomain: ['nih.gov'] } }, 'citations.trustedDomain', /did you mean "trustedDomains"/],
    ['nested wrong type', { citations: { trustedDomains: 'nih.gov' } }, 'citations.trustedDomains', /expected a list/],
    ['number out of range', { readability: { targetGrade: 40 } }, 'readability.targetGrade', /at most 20/],
    ['time budget below the minimum', { timeBudgetMs: 0 }, 'timeBudgetMs', /at least 10/],
    ['file size not whole', { maxFileSize: 1.5 }, 'maxFileSize', /whole number/],
    ['override without files', { overrides: [{ rules: {} }] }, 'overrides[0]', /missing required key "files"/],
    ['override with a misspelled key', { overrides: [{ files: '*.md', rulez: {} }] }, 'overrides[0].rulez', /did you mean "rules"/],
    ['override with an unknown rule', { overrides: [{ files: '*.md', rules: { [RULE + 'x']: 'warn' } }] }, `overrides[0].rules.${RULE}x`, new RegExp(`did you mean "${RULE}"`)],
    ['override with a bad severity', { overrides: [{ files: '*.md', rules: { [RULE]: ['loud'] } }] }, `overrides[0].rules.${RULE}[0]`, /expected "off", "warn" or "error"/],
    ['override files of the wrong type', { overrides: [{ files: 3 }] }, 'overrides[0].files', /a glob or a list of globs/],
    ['override topic not known', { overrides: [{ files: '*.md', requireTopics: ['nope'] }] }, 'overrides[0].requireTopics[0]', /expected/],
    ['top level not an object', ['rules'], '', /expected an object, got an array/],
  ];
  for (const [name, config, key, detail] of cases) {
    it(name, () => {
      const e = errorOf(() => validateConfig(config, 'c.json'));
      assert.equal(e.key, key);
      assert.equal(e.file, 'c.json');
      assert.match(e.detail, detail);
    });
  }
});

describe('bad config files', () => {
  it('YAML: duplicate keys, tabs and bad indentation give line and column', () => {
    assert.match(errorOf(() => parseConfigText('rules: {}\nrules: {}\n', '/p/.fairbalancerc.yaml')).message, /invalid YAML: line 2, column 1/);
    assert.match(errorOf(() => parseConfigText('claims:\n\t- pattern: cure\n', '/p/.fairbalancerc.yml')).message, /invalid YAML: line 2/);
  });

  it('YAML: nested mistakes name the key, like JSON', () => {
    const e = errorOf(() => parseConfigText('overrides:\n  - files: "faq/**"\n    rules:\n      claim-nope: warn\n', '/p/.fairbalancerc.yaml'));
    assert.equal(e.key, 'overrides[0].rules.claim-nope');
  });

  it('JSON: truncated file and trailing comma give a line', () => {
    assert.match(errorOf(() => parseConfigText('{\n  "rules": {\n', '/p/.fairbalancerc.json')).message, /invalid JSON/);
    assert.match(errorOf(() => parseConfigText('{\n  "words": ["a",]\n}', '/p/.fairbalancerc.json')).message, /invalid JSON: line 2/);
  });

  it('package.json: a bad "fairbalance" key names the key inside it', () => {
    assert.equal(errorOf(() => parseConfigText('{"name":"x","fairbalance":{"region":"Mars"}}', '/p/package.json')).key, 'fairbalance.region');
  });

  it('an empty YAML file is an empty config', () => {
    assert.deepEqual(parseConfigText('', '/p/.fairbalancerc.yaml'), {});
  });
});
