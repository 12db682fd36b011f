// Applying fixes: text edits on the original source, never a re-serialised tree.

import { splitBom, withBom } from './text.js';
import type { Finding, Fix, FixKind } from './types.js';

export interface ApplyOptions {
  /** Which kinds of fix to apply (default: only `safe`). */
  kinds?: readonly FixKind[];
}

export interface ApplyResult {
  output: string;
  /** Fixes applied. */
  applied: Fix[];
  /** Fixes that overlapped an applied one and wait for the next pass. */
  skipped: Fix[];
}

/**
 * Applies each finding's preferred fix (its first fix of an allowed kind), in one pass on the
 * original text. Overlapping fixes are not merged: the first in text order wins and the rest are
 * left for the next pass. A leading BOM and the line endings are kept as they were (fix offsets
 * are into the text without the BOM, as findings' are).
 */
export function applyFixes(raw: string, findings: readonly Finding[], options: ApplyOptions = {}): ApplyResult {
  const kinds = options.kinds ?? ['safe'];
  const { bom, text } = splitBom(raw);
  const chosen: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => kinds.includes(x.kind));
    if (fix && fix.range[0] >= 0 && fix.range[1] <= text.length && fix.range[0] <= fix.range[1]) chosen.push(fix);
  }
  // Identical edits from two findings are one edit.
  const unique = [...new Map(chosen.map((f) => [`${f.range[0]}:${f.range[1]}:${f.text}`, f])).values()];
  unique.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let out = '';
  let cursor = 0;
  let lastEnd = -1;
  for (const fix of unique) {
    const [start, end] = fix.range;
    // Overlap, or two insertions at the same point: the second waits.
    if (start < lastEnd || (start === lastEnd && start === end && applied.length && applied[applied.length - 1].range[0] === start)) {
      skipped.push(fix);
      continue;
    }
    if (text.slice(start, end) === fix.text) continue; // nothing would change
    out += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied.push(fix);
  }
  out += text.slice(cursor);
  return { output: withBom(bom, out), applied, skipped };
}
