// The config keys knowledge contributes (registry sections), and the typed accessor the analyses
// read them through: users extend the built-in knowledge from their config file without code.

import type { ConfigSection } from '../core/registry.js';
import type { ResolvedConfig } from '../core/config.js';
import { ConfigError, type Schema } from '../core/schema.js';
import { patternError } from '../core/phrases.js';
import { validateTherapyEntries } from './therapies.js';
import { TOPIC_IDS, type TopicId } from './topics.js';

/** A claim phrase from the config (`claims`): see claims.yaml for what each field does. */
export interface UserClaimPhrase {
  pattern: string;
  kind?: string;
  rewrite?: string;
  message?: string;
}

export interface Citations {
  trustedDomains: string[];
  untrustedDomains: string[];
}

/** The resolved knowledge settings, by config key. */
export interface KnowledgeSettings {
  /** Caveat topics to always require, or never require. */
  requireTopics: TopicId[];
  ignoreTopics: TopicId[];
  /** Extra or extended therapies (see therapies.yaml for the shape). */
  therapies: Record<string, unknown>[];
  /** Extra claim phrases. */
  claims: UserClaimPhrase[];
  citations: Citations;
  /** The reading grade articles are held to, and the formula that grades them (plain-readability, the summary). */
  readability: { targetGrade: number; formula: ReadabilityFormula };
}

export const READABILITY_FORMULAS = ['smog', 'flesch-kincaid'] as const;
export type ReadabilityFormula = (typeof READABILITY_FORMULAS)[number];

const topics: Schema = { type: 'array', items: { type: 'string', enum: TOPIC_IDS } };
const domains: Schema = { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 100000 };

const DEFAULTS: KnowledgeSettings = {
  requireTopics: [],
  ignoreTopics: [],
  therapies: [],
  claims: [],
  citations: { trustedDomains: [], untrustedDomains: [] },
  readability: { targetGrade: 8, formula: 'smog' },
};

// In this order in --print-config.
export const knowledgeSections: readonly ConfigSection[] = [
  { key: 'requireTopics', schema: topics, scoped: true, merge: 'union', default: DEFAULTS.requireTopics },
  { key: 'ignoreTopics', schema: topics, scoped: true, merge: 'union', default: DEFAULTS.ignoreTopics },
  {
    key: 'therapies',
    schema: { type: 'array', items: { type: 'object', properties: {}, additional: { type: 'any' } }, maxItems: 1000 },
    default: DEFAULTS.therapies,
    check: (entries, file, path) => validateTherapyEntries(entries, file, path),
  },
  {
    key: 'claims',
    schema: {
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
    default: DEFAULTS.claims,
    // Claim patterns are phrase patterns, checked here so a bad one is a config error naming its
    // key, not a surprise while linting.
    check: (claims: UserClaimPhrase[], file, path) =>
      claims.forEach((claim, i) => {
        const error = patternError(claim.pattern);
        if (error) throw new ConfigError(file, `${path}[${i}].pattern`, `${error} (see "Phrase patterns" in the docs)`);
      }),
  },
  { key: 'citations', schema: { type: 'object', properties: { trustedDomains: domains, untrustedDomains: domains } }, default: DEFAULTS.citations },
  // Read by plain-readability and the document summary (src/plain).
  {
    key: 'readability',
    schema: { type: 'object', properties: { targetGrade: { type: 'number', min: 1, max: 20 }, formula: { type: 'string', enum: READABILITY_FORMULAS } } },
    default: DEFAULTS.readability,
  },
] as ConfigSection[];

/** A knowledge setting of a resolved config (its default when the config has no such section). */
export function knowledgeSetting<K extends keyof KnowledgeSettings>(config: Pick<ResolvedConfig, 'sections'>, key: K): KnowledgeSettings[K] {
  return (config.sections[key] as KnowledgeSettings[K] | undefined) ?? DEFAULTS[key];
}
