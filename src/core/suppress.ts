// Suppression comments, the same in Markdown and plain text:
//   <!-- fairbalance-disable [rule ...] -->            off from here (all rules, or the ones named)
//   <!-- fairbalance-enable [rule ...] -->             on again
//   <!-- fairbalance-disable-next-line [rule ...] -->  off for the next line with text
//   <!-- fairbalance-disable-line [rule ...] -->       off for the comment's own line
// Rule names may be separated by spaces or commas; a category prefix ends with "*" ("claim-*").
// As in ESLint, " -- " starts a note that is not a rule name. A name that is no rule is reported
// (directiveProblems), since such a comment suppresses nothing.

import type { Doc } from './document.js';
import type { Finding } from './types.js';
import { nearest } from './schema.js';

const DIRECTIVE = /^<!--\s*fairbalance-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->$/;

interface Span {
  from: number;
  to: number;
  rules: string[] | null;
}

const ruleMatches = (rules: string[] | null, ruleId: string) =>
  rules === null || rules.some((r) => (r.endsWith('*') ? ruleId.startsWith(r.slice(0, -1)) : r === ruleId));

function suppressedSpans(doc: Doc): Span[] {
  const spans: Span[] = [];
  // Open `disable` regions: rule name (or "*" for all) -> start offset.
  const open = new Map<string, number>();
  const { lines, text } = doc;
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const names = ruleNames(m[2]);
    const rules = names.length ? names : null;
    const { line } = lines.position(c.start);
    switch (m[1]) {
      case 'disable':
        for (const r of rules ?? ['*all*']) if (!open.has(r)) open.set(r, c.end);
        break;
      case 'enable':
        for (const r of rules ?? [...open.keys()]) {
          const from = open.get(r);
          if (from === undefined) continue;
          spans.push({ from, to: c.start, rules: r === '*all*' ? null : [r] });
          open.delete(r);
        }
        break;
      case 'disable-line':
        spans.push({ from: lines.lineStart(line), to: lineEndOffset(doc, line), rules });
        break;
      case 'disable-next-line': {
        let next = line + 1;
        while (next <= lines.lineCount && text.slice(lines.lineStart(next), lineEndOffset(doc, next)).trim() === '') next++;
        if (next <= lines.lineCount) spans.push({ from: lines.lineStart(next), to: lineEndOffset(doc, next), rules });
        break;
      }
    }
  }
  for (const [r, from] of open) spans.push({ from, to: Infinity, rules: r === '*all*' ? null : [r] });
  return spans;
}

function lineEndOffset(doc: Doc, line: number): number {
  const next = line < doc.lines.lineCount ? doc.lines.lineStart(line + 1) : doc.text.length;
  let end = next;
  while (end > doc.lines.lineStart(line) && /[\r\n\u2028\u2029]/.test(doc.text[end - 1])) end--;
  return end;
}

/** The rule names of a directive: before a " -- " note, separated by spaces or commas. */
const ruleNames = (list: string) => list.split(/\s--\s|\s--$/)[0].split(/[\s,]+/).filter(Boolean);

/** Names in suppression comments that are not rules (nor a prefix of one), with the comment's offsets. */
export function directiveProblems(doc: Doc, known: Iterable<string>): { start: number; end: number; message: string }[] {
  const out: { start: number; end: number; message: string }[] = [];
  if (!doc.comments.length) return out;
  const ids = [...known];
  const set = new Set(ids);
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    for (const name of ruleNames(m[2])) {
      const ok = name.endsWith('*') ? ids.some((id) => id.startsWith(name.slice(0, -1))) : set.has(name);
      if (ok) continue;
      const near = nearest(name.replace(/\*$/, ''), ids);
      out.push({ start: c.start, end: c.end, message: `"${name}" in this fairbalance-${m[1]} comment is not a rule${near ? ` (did you mean "${near}"?)` : ''}, so the comment does nothing for it.` });
    }
  }
  return out;
}

/** Drops findings that a suppression comment covers (by where the finding starts). */
export function applySuppressions(doc: Doc, findings: Finding[]): Finding[] {
  if (!doc.comments.length) return findings;
  const spans = suppressedSpans(doc);
  if (!spans.length) return findings;
  return findings.filter((f) => !spans.some((s) => f.start >= s.from && f.start <= s.to && ruleMatches(s.rules, f.ruleId)));
}
