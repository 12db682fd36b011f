// claim-safety: absolute safety claims ("safe", "no side effects", "not addictive") with no source.

import { claimRule } from '../claims/rule.js';

export default claimRule('safety', {
  description: 'Absolute safety claims (safe, no side effects, not addictive, risk-free) need a source.',
  recommended: 'error',
});
