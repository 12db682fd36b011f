// The reading grade in the document summary (LintResult.summary.readability), for the editor's
// Safety Checklist and the CLI's site audit (--format summary). A measurement, so it is there
// whether or not plain-readability is on.

import type { SummaryContributor } from '../core/registry.js';
import { knowledgeSetting, type ReadabilityFormula } from '../knowledge/sections.js';
import { grade, readabilityOf, type Measure } from './readability.js';

export const FORMULA_NAMES: Record<ReadabilityFormula, string> = { smog: 'SMOG', 'flesch-kincaid': 'Flesch-Kincaid' };

/** The grade of a measure by the chosen formula. */
export const gradeBy = (m: Measure, formula: ReadabilityFormula): number => grade(formula === 'smog' ? m.smog : m.fleschKincaid);

export const readabilitySummary: SummaryContributor = (doc, config) => {
  const article = readabilityOf(doc).article;
  if (!article) return {};
  const { targetGrade, formula } = knowledgeSetting(config, 'readability');
  return { readability: { grade: gradeBy(article, formula), target: targetGrade, formula: FORMULA_NAMES[formula] } };
};
