// claim-speed: promises of fast results ("immediate relief", "works in hours") with no source.

import { claimRule } from './claim-rule.js';

export default claimRule('speed', {
  docs: { description: 'Speed promises (immediate relief, fast-acting, works within hours) need a source or a hedge.' },
  recommended: 'warn',
});
