// claim-majority: claims about most or all people ("most patients respond") with no source.

import { claimRule } from './claim-rule.js';

export default claimRule('majority', {
  docs: { description: 'Claims about most or all patients (most patients, the majority of people) need a source or a hedge.' },
  recommended: 'warn',
});
