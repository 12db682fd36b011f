// Claim knowledge (claims.yaml), typed: the claim kinds, their messages, and what counts as a source.

import claimsData from './claims.yaml';

export const CLAIM_KINDS = ['efficacy', 'absolute', 'proof', 'safety', 'speed', 'majority', 'comparison', 'regulatory', 'statistic'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A claim phrase from a user's config (`claims`): a phrase pattern of a kind, with its own message or rewrite. */
export interface ClaimPhrase {
  pattern: string;
  kind: string;
  rewrite?: string;
  message?: string;
}

export interface KindInfo {
  rule: string;
  /** How messages name the kind ("safety" claim). */
  name: string;
  /** A source could support such a claim, so a [citation needed] marker is a fair fix (false for safety and regulatory). */
  citable: boolean;
  /** Messages by messageId, the kind's own first; `{label}` is the therapy's name. */
  messages: Record<string, string>;
}

export interface ClaimKnowledge {
  kinds: Record<ClaimKind, KindInfo>;
  drugStems: string[];
  citations: { trustedDomains: string[]; untrustedDomains: string[]; journals: string[] };
}

export const claimKnowledge = claimsData as ClaimKnowledge;

export const isClaimKind = (k: unknown): k is ClaimKind => CLAIM_KINDS.includes(k as ClaimKind);

/** The kind whose rule has this id. */
export const kindOfRule = (ruleId: string): ClaimKind | undefined => CLAIM_KINDS.find((k) => claimKnowledge.kinds[k].rule === ruleId);
