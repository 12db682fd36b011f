// claim-speed: promises of fast results ("immediate relief", "works in hours") with no source.

import { claimRule } from '../claims/rule.js';

export default claimRule('speed', {
  description: 'Speed promises (immediate relief, fast-acting, works within hours) need a source or a hedge.',
  recommended: 'warn',
});
