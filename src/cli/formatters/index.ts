// The report formats, by --format name.

import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatSummary } from './summary.js';
import { formatSummaryJson } from './summary-json.js';
import type { Formatter } from './types.js';

export const formatters = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub, junit: formatJunit, summary: formatSummary, 'summary-json': formatSummaryJson } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;
export const FORMATS = Object.keys(formatters) as FormatName[];
