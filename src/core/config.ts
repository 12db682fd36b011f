// The config file's schema and how a config resolves into the settings one lint run uses.
// Config is data only: nothing in it is ever evaluated as code, and patterns are phrase patterns
// (see phrases.ts), never regular expressions.

import picomatch from 'picomatch';
import { ConfigError, nearest, validate, type Schema } from './schema.js';
import { patternError } from './phrases.js';
import type { SeverityName } from './types.js';
import { rules as ruleModules } from '../rules/index.js';
import { TOPIC_IDS } from '../knowledge/topics.js';
import { validateTherapyEntries } from '../knowledge/therapies.js';

export { ConfigError };

export type RuleSetting = SeverityName | [SeverityName] | [SeverityName, unknown];

/** Settings that can differ per folder (`overrides`). */
interface Scoped {
  rules?: Record<string, RuleSetting>;
  locale?: 'en-US' | 'en-GB';
  region?: string;
  words?: string[];
  requireTopics?: string[];
  ignoreTopics?: string[];
}

export interface UserConfig extends Scoped {
  extends?: 'recommended' | 'strict';
  /** Extra or extended therapies (see src/knowledge/therapies.yaml for the shape). */
  therapies?: Record<string, unknown>[];
  /** Extra claim phrases. */
  claims?: { pattern: string; kind?: string; rewrite?: string; message?: string }[];
  citations?: { trustedDomains?: string[]; untrustedDomains?: string[] };
  readability?: { targetGrade?: number };
  /** Per-document time budget for all rules, in milliseconds. */
  timeBudgetMs?: number;
  /** Files larger than this many bytes are skipped by the CLI. */
  maxFileSize?: number;
  overrides?: (Scoped & { files: string | string[] })[];
}

export interface ResolvedConfig {
  /** Rule id -> [severity 0|1|2, options]. */
  rules: Record<string, [0 | 1 | 2, unknown]>;
  locale?: 'en-US' | 'en-GB';
  region: string;
  words: string[];
  requireTopics: string[];
  ignoreTopics: string[];
  therapies: Record<string, unknown>[];
  claims: NonNullable<UserConfig['claims']>;
  citations: { trustedDomains: string[]; untrustedDomains: string[] };
  readability: { targetGrade: number };
  timeBudgetMs: number;
  maxFileSize: number;
}

export const REGIONS = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ', 'other'] as const;
const SEVERITIES = ['off', 'warn', 'error'] as const;
const severity: Schema = { type: 'string', enum: SEVERITIES };
const ruleSetting: Schema = {
  type: 'oneOf',
  describe: '"off", "warn" or "error" (or ["warn", {options}])',
  options: [severity, { type: 'array', items: { type: 'any' }, maxItems: 2 }],
};
const words: Schema = { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 100000 };
const topics: Schema = { type: 'array', items: { type: 'string', enum: TOPIC_IDS } };
const scopedProperties: Record<string, Schema> = {
  rules: { type: 'object', properties: {}, additional: ruleSetting },
  locale: { type: 'string', enum: ['en-US', 'en-GB'] },
  region: { type: 'string', enum: REGIONS },
  words,
  requireTopics: topics,
  ignoreTopics: topics,
};

export const configSchema: Schema = {
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    extends: { type: 'string', enum: ['recommended', 'strict'] },
    ...scopedProperties,
    therapies: { type: 'array', items: { type: 'object', properties: {}, additional: { type: 'any' } }, maxItems: 1000 },
    claims: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        required: ['pattern'],
        properties: {
          pattern: { type: 'string', maxLength: 200 },
          kind: { type: 'string' },
          rewrite: { type: 'string', maxLength: 200 },
          message: { type: 'string', maxLength: 500 },
        },
      },
    },
    citations: {
      type: 'object',
      properties: { trustedDomains: words, untrustedDomains: words },
    },
    readability: { type: 'object', properties: { targetGrade: { type: 'number', min: 1, max: 20 } } },
    timeBudgetMs: { type: 'number', min: 10, max: 600000 },
    maxFileSize: { type: 'number', min: 1, integer: true },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        properties: {
          files: { type: 'oneOf', describe: 'a glob or a list of globs', options: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
          ...scopedProperties,
        },
      },
    },
  },
};

const RULE_IDS = () => ruleModules.map((r) => r.id);

/** Validates raw config data (parsed JSON or YAML) read from `file`. Throws ConfigError. */
export function validateConfig(raw: unknown, file: string): UserConfig {
  const config = validate<UserConfig>(raw ?? {}, configSchema, file);
  const checkRules = (rules: Record<string, RuleSetting> | undefined, path: string) => {
    for (const [id, setting] of Object.entries(rules ?? {})) {
      if (!RULE_IDS().includes(id)) {
        const near = nearest(id, RULE_IDS());
        throw new ConfigError(file, `${path}.${id}`, `unknown rule${near ? `; did you mean "${near}"?` : ''}`);
      }
      if (Array.isArray(setting) && !SEVERITIES.includes(setting[0] as SeverityName)) {
        throw new ConfigError(file, `${path}.${id}[0]`, `expected "off", "warn" or "error", got ${JSON.stringify(setting[0])}`);
      }
    }
  };
  validateTherapyEntries(config.therapies, file);
  // Claim patterns are phrase patterns, checked here so a bad one is a config error naming its key,
  // not a surprise while linting.
  config.claims?.forEach((claim, i) => {
    const error = patternError(claim.pattern);
    if (error) throw new ConfigError(file, `claims[${i}].pattern`, `${error} (see "Phrase patterns" in the docs)`);
  });
  checkRules(config.rules, 'rules');
  config.overrides?.forEach((o, i) => checkRules(o.rules, `overrides[${i}].rules`));
  return config;
}

const toLevel = (s: SeverityName): 0 | 1 | 2 => (s === 'error' ? 2 : s === 'warn' ? 1 : 0);

function presetRules(preset: 'recommended' | 'strict'): ResolvedConfig['rules'] {
  const out: ResolvedConfig['rules'] = {};
  for (const r of ruleModules) {
    const s = preset === 'strict' ? (r.meta.strict ?? (r.meta.recommended === 'off' ? 'off' : 'error')) : r.meta.recommended;
    out[r.id] = [toLevel(s), undefined];
  }
  return out;
}

function applyScoped(target: ResolvedConfig, scoped: Scoped) {
  for (const [id, setting] of Object.entries(scoped.rules ?? {})) {
    const [s, options] = Array.isArray(setting) ? setting : [setting, undefined];
    target.rules[id] = [toLevel(s), options ?? target.rules[id]?.[1]];
  }
  if (scoped.locale) target.locale = scoped.locale;
  if (scoped.region) target.region = scoped.region;
  if (scoped.words) target.words = [...target.words, ...scoped.words];
  if (scoped.requireTopics) target.requireTopics = [...new Set([...target.requireTopics, ...scoped.requireTopics])];
  if (scoped.ignoreTopics) target.ignoreTopics = [...new Set([...target.ignoreTopics, ...scoped.ignoreTopics])];
}

/**
 * The settings for one file: the preset, then the config, then each override whose `files` glob
 * matches `relativePath` (a path relative to the config file's folder, with forward slashes).
 */
export function resolveConfig(config: UserConfig = {}, relativePath?: string): ResolvedConfig {
  const resolved: ResolvedConfig = {
    rules: presetRules(config.extends ?? 'recommended'),
    region: 'US',
    words: [],
    requireTopics: [],
    ignoreTopics: [],
    therapies: config.therapies ?? [],
    claims: config.claims ?? [],
    citations: { trustedDomains: config.citations?.trustedDomains ?? [], untrustedDomains: config.citations?.untrustedDomains ?? [] },
    readability: { targetGrade: config.readability?.targetGrade ?? 8 },
    timeBudgetMs: config.timeBudgetMs ?? 2000,
    maxFileSize: config.maxFileSize ?? 2 * 1024 * 1024,
  };
  applyScoped(resolved, config);
  if (relativePath !== undefined) {
    for (const o of config.overrides ?? []) {
      const globs = Array.isArray(o.files) ? o.files : [o.files];
      if (picomatch(globs, { dot: true })(relativePath)) applyScoped(resolved, o);
    }
  }
  return resolved;
}
