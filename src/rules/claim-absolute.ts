// claim-absolute: absolute efficacy claims ("cures", "lasting relief", "breakthrough") with no source.

import { claimRule } from './claim-rule.js';

export default claimRule('absolute', {
  docs: { description: 'Absolute efficacy claims (cures, guaranteed, lasting relief, breakthrough) need a source or a hedge.' },
  recommended: 'error',
});
