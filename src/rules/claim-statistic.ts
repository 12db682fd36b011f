// claim-statistic: numbers about patients ("70% of patients") with no source.

import { claimRule } from './claim-rule.js';

export default claimRule('statistic', {
  docs: { description: 'Statistics about patients (70% of patients, a success rate of 80%) need a source.' },
  recommended: 'warn',
});
