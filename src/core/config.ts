// The config file's schema and how a config resolves into the settings one lint run uses.
// Config is data only: nothing in it is ever evaluated as code, and patterns are phrase patterns
// (see phrases.ts), never regular expressions.
//
// The core owns the keys every article needs (rules, locale, region, words, the time budget, file
// size and overrides); the layers above add theirs as sections of the registry (therapies, claim
// phrases, citations, caveat topics). The schema is built from both, once per registry.

import { ConfigError, nearest, validate, type Schema } from './schema.js';
import { globError, globMatcher } from './glob.js';
import { isMetaRule, META_RULES } from './meta.js';
import { DEFAULT_BUDGET_MS } from './budget.js';
import type { ResolvedConfig, RuleSetting, ScopedConfig, SeverityName, UserConfig } from './types.js';
import type { ConfigSection, Registry } from './registry.js';
import { rulesById } from './registry.js';

export { ConfigError };
export type { ResolvedConfig, RuleSetting, ScopedConfig, UserConfig };

export const REGIONS = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ', 'other'] as const;
const SEVERITIES = ['off', 'warn', 'error'] as const;
const severity: Schema = { type: 'string', enum: SEVERITIES };
const ruleSetting: Schema = {
  type: 'oneOf',
  describe: '"off", "warn" or "error" (or ["warn", {options}])',
  options: [severity, { type: 'array', items: { type: 'any' }, maxItems: 2 }],
};
const words: Schema = { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 100000 };
const coreScoped: Record<string, Schema> = {
  rules: { type: 'object', properties: {}, additional: ruleSetting },
  locale: { type: 'string', enum: ['en-US', 'en-GB'] },
  region: { type: 'string', enum: REGIONS },
  words,
};

const sectionsOf = (registry: Registry): readonly ConfigSection[] => registry.sections ?? [];
const schemas = new WeakMap<Registry, Schema>();

/** The whole config file's schema: the core keys and the registry's sections. */
export function configSchema(registry: Registry): Schema {
  let schema = schemas.get(registry);
  if (schema) return schema;
  const sections = sectionsOf(registry);
  const scoped = { ...coreScoped, ...Object.fromEntries(sections.filter((s) => s.scoped).map((s) => [s.key, s.schema])) };
  schema = {
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      extends: { type: 'string', enum: ['recommended', 'strict'] },
      ...scoped,
      ...Object.fromEntries(sections.filter((s) => !s.scoped).map((s) => [s.key, s.schema])),
      timeBudgetMs: { type: 'number', min: 10, max: 600000 },
      maxFileSize: { type: 'number', min: 1, integer: true },
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          required: ['files'],
          properties: {
            files: { type: 'oneOf', describe: 'a glob or a list of globs', options: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
            ...scoped,
          },
        },
      },
    },
  };
  schemas.set(registry, schema);
  return schema;
}

/**
 * Validates raw config data (parsed JSON or YAML) read from `file`: the schema, each section's
 * own check, and every rule setting (known id, severity, options against the rule's schema; a
 * rule without a schema takes no options). Throws a ConfigError naming the file and the key.
 */
export function validateConfig(raw: unknown, file: string, registry: Registry): UserConfig {
  const config = validate<UserConfig>(raw ?? {}, configSchema(registry), file);
  for (const section of sectionsOf(registry)) {
    if (!section.check) continue;
    if (config[section.key] !== undefined) section.check(config[section.key], file, section.key);
    if (section.scoped) {
      config.overrides?.forEach((o, i) => {
        if (o[section.key] !== undefined) section.check!(o[section.key], file, `overrides[${i}].${section.key}`);
      });
    }
  }
  const rules = rulesById(registry);
  const checkRules = (settings: Record<string, RuleSetting> | undefined, path: string) => {
    for (const [id, setting] of Object.entries(settings ?? {})) {
      if (isMetaRule(id)) {
        // Findings about the linting itself take a severity only, and the fail-closed ones cannot be off.
        const severity = Array.isArray(setting) ? setting[0] : setting;
        if (Array.isArray(setting) && setting.length > 1) throw new ConfigError(file, `${path}.${id}[1]`, `${id} takes no options`);
        if (!META_RULES[id].canBeOff && severity === 'off') throw new ConfigError(file, `${path}.${id}`, `${id} cannot be turned off (an article Fair Balance did not finish must not pass silently); use "warn" to let the run pass`);
        continue;
      }
      const rule = rules.get(id);
      if (!rule) {
        const near = nearest(id, [...rules.keys(), ...Object.keys(META_RULES)]);
        throw new ConfigError(file, `${path}.${id}`, `unknown rule${near ? `; did you mean "${near}"?` : ''}`);
      }
      if (!Array.isArray(setting)) continue;
      if (!SEVERITIES.includes(setting[0] as SeverityName)) {
        throw new ConfigError(file, `${path}.${id}[0]`, `expected "off", "warn" or "error", got ${JSON.stringify(setting[0])}`);
      }
      if (setting.length < 2) continue;
      if (!rule.meta.schema) throw new ConfigError(file, `${path}.${id}[1]`, `${id} takes no options`);
      validate(setting[1], rule.meta.schema, file, `${path}.${id}[1]`);
    }
  };
  checkRules(config.rules, 'rules');
  config.overrides?.forEach((o, i) => {
    checkRules(o.rules, `overrides[${i}].rules`);
    (Array.isArray(o.files) ? o.files : [o.files]).forEach((glob, j) => {
      const error = globError(glob);
      if (error) throw new ConfigError(file, Array.isArray(o.files) ? `overrides[${i}].files[${j}]` : `overrides[${i}].files`, `not a usable glob: ${error}`);
    });
  });
  return config;
}

const toLevel = (s: SeverityName): 0 | 1 | 2 => (s === 'error' ? 2 : s === 'warn' ? 1 : 0);

/** A rule's severity in a preset: `strict` raises every warning to error unless the rule says otherwise. */
export function presetLevel(meta: { recommended: SeverityName; strict?: SeverityName }, preset: 'recommended' | 'strict' = 'recommended'): 0 | 1 | 2 {
  return toLevel(preset === 'strict' ? (meta.strict ?? (meta.recommended === 'off' ? 'off' : 'error')) : meta.recommended);
}

function presetRules(preset: 'recommended' | 'strict', registry: Registry): ResolvedConfig['rules'] {
  const out: ResolvedConfig['rules'] = {};
  for (const r of registry.rules) out[r.id] = [presetLevel(r.meta, preset), undefined];
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A later section value over an earlier one (see ConfigSection.merge). */
function mergeValue(merge: ConfigSection['merge'], earlier: unknown, later: unknown): unknown {
  if (merge === 'concat' && Array.isArray(earlier) && Array.isArray(later)) return [...earlier, ...later];
  if (merge === 'union' && Array.isArray(earlier) && Array.isArray(later)) return [...new Set([...earlier, ...later])];
  if (isPlainObject(earlier) && isPlainObject(later)) return { ...earlier, ...later };
  return later;
}

function applyScoped(target: ResolvedConfig, scoped: ScopedConfig, sections: readonly ConfigSection[], words: string[][]) {
  for (const [id, setting] of Object.entries(scoped.rules ?? {})) {
    const [s, options] = Array.isArray(setting) ? setting : [setting, undefined];
    target.rules[id] = [toLevel(s), options ?? target.rules[id]?.[1]];
  }
  if (scoped.locale) target.locale = scoped.locale;
  if (scoped.region) target.region = scoped.region;
  // Word lists are joined once at the end, not copied at every override.
  if (Array.isArray(scoped.words) && scoped.words.length) words.push(scoped.words);
  for (const s of sections) {
    if (scoped[s.key] !== undefined) target.sections[s.key] = mergeValue(s.merge, target.sections[s.key], scoped[s.key]);
  }
}

/** What resolving a config needs that does not depend on the file: compiled override globs, and results by the set of overrides that apply. */
interface Prepared {
  matchers: ((path: string) => boolean)[];
  results: Map<string, ResolvedConfig>;
}
const prepared = new WeakMap<Registry, WeakMap<UserConfig, Prepared>>();

function prepare(config: UserConfig, registry: Registry): Prepared {
  let byConfig = prepared.get(registry);
  if (!byConfig) prepared.set(registry, (byConfig = new WeakMap()));
  let p = byConfig.get(config);
  if (!p) {
    const matchers = (config.overrides ?? []).map((o) => {
      try {
        return globMatcher(Array.isArray(o.files) ? o.files : [o.files], { dot: true });
      } catch {
        return () => false; // validateConfig reports unusable globs; an unvalidated config just skips them
      }
    });
    byConfig.set(config, (p = { matchers, results: new Map() }));
  }
  return p;
}

const validBudget = (ms: unknown) => (typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_BUDGET_MS);
const validSize = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 2 * 1024 * 1024);

/**
 * The settings for one file: the preset, then the config, then each override whose `files` glob
 * matches `relativePath` (a path relative to the config file's folder, with forward slashes).
 *
 * Work is linear in the config and done once per config object: the globs are compiled once, and
 * files to which the same overrides apply get the same ResolvedConfig object, so that what rules
 * derive from it (word sets, matchers) is built once too. Treat it as read-only: change a copy.
 */
export function resolveConfig(config: UserConfig = NO_CONFIG, relativePath: string | undefined, registry: Registry): ResolvedConfig {
  const p = prepare(config, registry);
  const applying: number[] = [];
  if (relativePath !== undefined) p.matchers.forEach((matches, i) => matches(relativePath) && applying.push(i));
  const key = applying.join(',');
  const known = p.results.get(key);
  if (known) return known;
  const sections = sectionsOf(registry);
  const resolved: ResolvedConfig = {
    rules: presetRules(config.extends ?? 'recommended', registry),
    region: 'US',
    words: [],
    timeBudgetMs: validBudget(config.timeBudgetMs),
    maxFileSize: validSize(config.maxFileSize),
    sections: Object.fromEntries(sections.map((s) => [s.key, structuredClone(s.default)])),
  };
  const words: string[][] = [];
  applyScoped(resolved, config, sections, words);
  const scoped = sections.filter((s) => s.scoped);
  for (const i of applying) applyScoped(resolved, config.overrides![i], scoped, words);
  resolved.words = words.length === 1 ? words[0] : words.flat();
  if (p.results.size >= 256) p.results.clear();
  p.results.set(key, resolved);
  return resolved;
}

/** The config of a lint without one (one object, so its resolution is cached too). */
const NO_CONFIG: UserConfig = Object.freeze({});

/** True for a ResolvedConfig (as opposed to a UserConfig still to resolve). */
export function isResolvedConfig(c: ResolvedConfig | UserConfig): c is ResolvedConfig {
  const r = c as ResolvedConfig;
  return typeof r.timeBudgetMs === 'number' && Array.isArray(r.words) && typeof r.region === 'string' && isPlainObject(r.sections);
}

/** The resolved settings shaped like a config file (sections back at the top level), for --print-config. */
export function flattenConfig(resolved: ResolvedConfig): Record<string, unknown> {
  const { rules, region, words, timeBudgetMs, maxFileSize, sections, ...rest } = resolved;
  return { rules, region, words, ...sections, timeBudgetMs, maxFileSize, ...rest };
}
