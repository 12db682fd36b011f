// claim-proof: appeals to proof ("clinically proven", "studies show") with no study named.

import { claimRule } from './claim-rule.js';

export default claimRule('proof', {
  docs: { description: 'Appeals to proof (proven, studies show, it has been established) need the study named or linked.' },
  recommended: 'error',
});
