// claim-safety: absolute safety claims ("safe", "no side effects", "not addictive") with no source.

import { claimRule } from './claim-rule.js';

export default claimRule('safety', {
  docs: { description: 'Absolute safety claims (safe, no side effects, not addictive, risk-free) need a source.' },
  recommended: 'error',
});
