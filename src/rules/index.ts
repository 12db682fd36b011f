// Every rule, registered in one place. Order is the order rules run in.

import type { RuleModule } from '../core/rule.js';
import claimEfficacy from './claim-efficacy.js';
import claimAbsolute from './claim-absolute.js';
import claimProof from './claim-proof.js';
import claimSafety from './claim-safety.js';
import claimSpeed from './claim-speed.js';
import claimMajority from './claim-majority.js';
import claimComparison from './claim-comparison.js';
import claimRegulatory from './claim-regulatory.js';
import claimStatistic from './claim-statistic.js';
import termMisspelled from './term-misspelled.js';
import termMisdescribed from './term-misdescribed.js';
import termGarbled from './term-garbled.js';
import termLocale from './term-locale.js';
import caveatMissing from './caveat-missing.js';
import plainReadability from './plain-readability.js';
import plainSentenceLength from './plain-sentence-length.js';
import plainJargon from './plain-jargon.js';
import plainAcronym from './plain-acronym.js';

export const rules: RuleModule[] = [
  claimEfficacy,
  claimAbsolute,
  claimProof,
  claimSafety,
  claimSpeed,
  claimMajority,
  claimComparison,
  claimRegulatory,
  claimStatistic,
  termMisspelled,
  termMisdescribed,
  termGarbled,
  termLocale,
  caveatMissing,
  plainReadability,
  plainSentenceLength,
  plainJargon,
  plainAcronym,
] as RuleModule[];
