// The shape every claim-* rule shares: it reports the document's claims of its kind.

import type { RuleModule, RuleMeta } from '../core/rule.js';
import { claimKnowledge, type ClaimKind } from '../knowledge/claims.js';
import { claimHits } from './engine.js';

export function claimRule(kind: ClaimKind, meta: Pick<RuleMeta, 'description' | 'recommended'>): RuleModule {
  return {
    id: claimKnowledge.kinds[kind].rule,
    category: 'claim',
    meta: { ...meta, fixable: 'claim' },
    create(context) {
      for (const hit of claimHits(context.doc, context.config, context.overBudget)) {
        if (hit.kind === kind) context.report({ start: hit.start, end: hit.end, message: hit.message, messageId: hit.messageId, fixes: hit.fixes });
      }
    },
  };
}
