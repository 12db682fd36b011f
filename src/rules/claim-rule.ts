// The shape every claim-* rule shares: it reports the document's claims of its kind (found once
// for all of them by src/claims/engine.ts). Its messages come from the claim knowledge: the
// kind's messages (claims.yaml), the [citation needed] reminder, and `custom` for a phrase from
// the user's config with its own text.

import type { RuleMeta, RuleModule } from '../core/rule.js';
import { claimKnowledge, type ClaimKind } from '../knowledge/claims.js';
import { claimHits, CUSTOM_MESSAGE, MEMO_KEY, prepareClaims } from '../claims/engine.js';

/** Knowledge writes `{label}` for the therapy's name; a message placeholder is `{{label}}`. */
const template = (text: string) => text.replaceAll('{label}', '{{label}}');

/** The messages every claim rule of `kind` can report. */
function claimMessages(kind: ClaimKind): Record<string, string> {
  const info = claimKnowledge.kinds[kind];
  const messages: Record<string, string> = {};
  for (const [id, text] of Object.entries(info.messages)) messages[id] = template(text);
  messages['citation-needed'] = `Marked [citation needed]: this ${info.name} claim still needs its source before publishing.`;
  // A claim phrase from the config with its own message: the user's text, with {label} filled in.
  messages[CUSTOM_MESSAGE] = '{{message}}';
  return messages;
}

export function claimRule(
  kind: ClaimKind,
  meta: Pick<RuleMeta, 'docs' | 'recommended'>,
  /** Messages beyond the knowledge's, for findings the rule's analysis words itself. */
  extraMessages: Record<string, string> = {},
): RuleModule {
  return {
    id: claimKnowledge.kinds[kind].rule,
    category: 'claim',
    meta: { ...meta, fixable: 'claim', messages: { ...claimMessages(kind), ...extraMessages } },
    prepare: prepareClaims,
    sharedWork: MEMO_KEY,
    create(context) {
      for (const hit of claimHits(context.doc, context.config, context.overBudget)) {
        if (hit.kind === kind) context.report({ start: hit.start, end: hit.end, messageId: hit.messageId, data: hit.data, fixes: hit.fixes });
      }
    },
  };
}
