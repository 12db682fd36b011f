// claim-efficacy: what a therapy does, stated as fact with no source ("acupuncture restores the
// body's balance", "the drip flushes out toxins") - RUBRIC class 1.

import { claimRule } from './claim-rule.js';

export default claimRule('efficacy', {
  docs: { description: 'Efficacy stated as fact (restores, flushes out, resets, is effective for) needs a source or a hedge.' },
  recommended: 'warn',
});
