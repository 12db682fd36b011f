// claim-absolute: absolute efficacy claims ("cures", "lasting relief", "breakthrough") with no source.

import { claimRule } from '../claims/rule.js';

export default claimRule('absolute', {
  description: 'Absolute efficacy claims (cures, guaranteed, lasting relief, breakthrough) need a source or a hedge.',
  recommended: 'error',
});
