// claim-regulatory: approval claims that the therapy knowledge contradicts ("FDA-approved for depression").

import { claimRule } from '../claims/rule.js';

export default claimRule('regulatory', {
  description: 'Regulatory claims (FDA-approved) that overstate approval: off-label, cleared-only or unapproved uses.',
  recommended: 'warn',
});
