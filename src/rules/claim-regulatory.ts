// claim-regulatory: approval claims that the therapy knowledge contradicts ("FDA-approved for depression").
// The verdicts (src/claims/regulatory.ts) give these messages' placeholders.

import { claimRule } from './claim-rule.js';

export default claimRule(
  'regulatory',
  {
    docs: { description: 'Regulatory claims (FDA-approved) that overstate approval: off-label, cleared-only or unapproved uses.' },
    recommended: 'warn',
  },
  {
    unapproved: 'False regulatory claim: {{label}} is not FDA-approved for any use.',
    // {{uses}}: ", for <the cleared uses>", or nothing when the knowledge lists none.
    cleared: 'Inaccurate regulatory claim: {{label}} devices are FDA-cleared, not FDA-approved{{uses}}.',
    // {{status}}: what is approved and that this use is off-label; {{advice}}: "; say so" when
    // the sentence names no use and the article's off-label one is meant.
    'off-label': 'Misleading regulatory claim: {{label}} {{status}}{{advice}}.',
    registered: 'Misleading regulatory claim: FDA registration only lists a facility or product; it is not approval and says nothing about safety or effectiveness.',
    certified: 'Misleading regulatory claim: the FDA does not certify treatments as compliant or accepted; only approval or clearance for a stated use means anything, so state that or remove the words.',
  },
);
