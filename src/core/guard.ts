// The structural guard before Markdown parsing now lives in markdown.ts (chunked parsing, with
// plain text for the parts micromark would take too long on); these names stay for callers.

import { LIMITS, markdownHazard } from './markdown.js';

export { markdownHazard };

/** Nesting no article needs; 10,000 levels overflow the stack, 2,000 take seconds to parse. */
export const MAX_CONTAINER_DEPTH = LIMITS.containerDepth;
/** Longer runs of `*`, `_` or `~` make emphasis matching quadratic (8,000 take about a second). */
export const MAX_DELIMITER_RUN = LIMITS.delimiterRun;
/** Markdown marks (link openings among them) in one paragraph beyond which parsing is quadratic. */
export const MAX_LINKS_PER_BLOCK = LIMITS.blockMarkup;
