// Findings about the linting itself. Fail closed: anything that stops Fair Balance from reading
// or finishing an article is an error on that file (a CI gate never passes an article it did not
// read), unless the config lowers it to a warning: `rules: { fairbalance-timeout: warn }`.

import type { Severity } from './types.js';

export interface MetaRule {
  /** Severity when the config does not set one. */
  default: Severity;
  /** A finding the config may turn off (fail-closed ones can only go down to a warning). */
  canBeOff: boolean;
  description: string;
}

export const META_RULES = {
  'fairbalance-timeout': { default: 2, canBeOff: false, description: 'The time budget ran out: some rules did not finish this file.' },
  'fairbalance-internal-error': { default: 2, canBeOff: false, description: 'A rule failed, or a resource it needs is missing: its findings for this file are missing.' },
  'fairbalance-unread': { default: 2, canBeOff: false, description: 'The file was not read: binary, unreadable, not a regular file, or over maxFileSize.' },
  'fairbalance-plain-text': { default: 1, canBeOff: true, description: 'Part of the file was read as plain text, not Markdown, because parsing it as Markdown would take too long.' },
  'fairbalance-directive': { default: 1, canBeOff: true, description: 'A suppression comment names something that is not a rule.' },
} as const satisfies Record<string, MetaRule>;

export type MetaRuleId = keyof typeof META_RULES;

export const isMetaRule = (id: string): id is MetaRuleId => Object.hasOwn(META_RULES, id);

/** The severity of a meta finding under a config's `rules` (0 = off). */
export function metaSeverity(id: MetaRuleId, rules: Readonly<Record<string, readonly [number, unknown] | undefined>> | undefined): 0 | Severity {
  const meta: MetaRule = META_RULES[id];
  const set = rules?.[id]?.[0];
  if (set === 1 || set === 2) return set;
  if (set === 0 && meta.canBeOff) return 0;
  return meta.default;
}
