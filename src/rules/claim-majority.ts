// claim-majority: claims about most or all people ("most patients respond") with no source.

import { claimRule } from '../claims/rule.js';

export default claimRule('majority', {
  description: 'Claims about most or all patients (most patients, the majority of people) need a source or a hedge.',
  recommended: 'warn',
});
