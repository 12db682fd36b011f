// What the core is given instead of importing it: the rules to run and the config keys the layers
// above contribute (a Registry; the data rules read is in resources.ts). Only the faces
// (src/node, and later a browser entry) assemble them.

import type { Schema } from './schema.js';
import type { RuleModule } from './rule.js';
import type { Doc } from './document.js';
import type { DocumentSummary, ResolvedConfig } from './types.js';

/**
 * A top-level config key contributed by a layer above the core (`therapies`, `claims`,
 * `citations`, `requireTopics`, ...). Its resolved value is `ResolvedConfig.sections[key]`; the
 * module that owns the key exports a typed accessor for it.
 */
export interface ConfigSection<T = unknown> {
  key: string;
  /** Validated with the rest of the config; errors name the file and the key. */
  schema: Schema;
  /** Allowed inside `overrides` (settings that can differ per folder). */
  scoped?: boolean;
  /**
   * How a later value (the config over the default, an override over the config) combines with
   * the earlier one: `replace` (the default; two plain objects merge key by key), `concat`
   * (lists appended) or `union` (lists appended without duplicates).
   */
  merge?: 'replace' | 'concat' | 'union';
  /** The value when no config sets the key (copied for each resolution). */
  default: T;
  /** Checks the schema cannot express; throws a ConfigError naming `file` and `path`. */
  check?(value: T, file: string, path: string): void;
}

/**
 * Adds fields to a document's summary (LintResult.summary) after the rules ran, whatever their
 * severities: a measurement such as the reading grade, not a finding.
 */
export type SummaryContributor = (doc: Doc, config: ResolvedConfig) => Partial<DocumentSummary>;

export interface Registry {
  /** The rules, in the order they run. */
  rules: readonly RuleModule[];
  sections?: readonly ConfigSection[];
  summaries?: readonly SummaryContributor[];
}

const indexes = new WeakMap<Registry, ReadonlyMap<string, RuleModule>>();

/** The registry's rules by id (built once per registry). */
export function rulesById(registry: Registry): ReadonlyMap<string, RuleModule> {
  let index = indexes.get(registry);
  if (!index) {
    index = new Map(registry.rules.map((r) => [r.id, r]));
    indexes.set(registry, index);
  }
  return index;
}
