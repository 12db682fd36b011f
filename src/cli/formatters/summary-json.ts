// --format summary-json: the site audit of --format summary as JSON (SiteAudit in summary-audit.ts).

import { siteAudit } from './summary-audit.js';
import type { Formatter } from './types.js';

export const formatSummaryJson: Formatter = (reports, context) => JSON.stringify(siteAudit(reports, context), null, 2) + '\n';
