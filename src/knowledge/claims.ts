// Claim knowledge (claims.yaml), typed. Rules never hold phrases of their own: they read these.

import claimsData from './claims.yaml';

export const CLAIM_KINDS = ['absolute', 'proof', 'safety', 'speed', 'majority', 'comparison', 'regulatory', 'statistic'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export type HedgeClass = 'modal' | 'belief' | 'some';
export type ContextName = 'therapy' | 'benefit' | 'alternative' | 'sideEffect' | 'unapproved' | 'comparing' | 'surpassing' | 'mechanism' | 'noBenefit';

export interface ClaimPhrase {
  pattern: string;
  kind: string;
  rewrite?: string;
  /** Words of the match that {tail} leaves out (default 1). */
  head?: number;
  needs?: ContextName;
  unless?: ContextName;
  /** The rewrite and message apply only when the therapy has this trait. */
  trait?: string;
  /** The phrase's own message instead of its kind's ({label} = the therapy's name). */
  message?: string;
  /** The finding's messageId: required with `message`; `registered` marks registration-type regulatory phrases. */
  messageId?: string;
}

export interface KindInfo {
  rule: string;
  /** How messages name the kind ("safety" claim). */
  name: string;
  hedgedBy: HedgeClass[];
  message: string;
  /** A source could support such a claim, so a [citation needed] marker is a fair fix (false for safety and regulatory). */
  citable: boolean;
}

export interface ClaimKnowledge {
  kinds: Record<ClaimKind, KindInfo>;
  phrases: ClaimPhrase[];
  hedges: Record<HedgeClass | 'after', string[]>;
  negators: string[];
  negationExceptions: string[];
  negatingFrames: string[];
  subjectNegators: string[];
  anaphors: { pronouns: string[]; outcomes: string[] };
  drugStems: string[];
  clauseBreaks: string[];
  contexts: Record<ContextName, string[]>;
  exceptions: string[];
  answers: { yes: string[]; no: string[]; questions: { words: string[]; answer: 'yes' | 'no'; kind: ClaimKind }[] };
  citations: { trustedDomains: string[]; untrustedDomains: string[]; journals: string[] };
}

export const claimKnowledge = claimsData as ClaimKnowledge;

export const isClaimKind = (k: unknown): k is ClaimKind => CLAIM_KINDS.includes(k as ClaimKind);

/** The kind whose rule has this id. */
export const kindOfRule = (ruleId: string): ClaimKind | undefined =>
  CLAIM_KINDS.find((k) => claimKnowledge.kinds[k].rule === ruleId);
