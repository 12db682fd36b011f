// claim-comparison: superiority claims over other treatments ("faster than antidepressants") with no source.

import { claimRule } from './claim-rule.js';

export default claimRule('comparison', {
  docs: { description: 'Superiority and comparison claims (better or faster than other treatments, works when nothing else has) need head-to-head evidence.' },
  recommended: 'warn',
});
