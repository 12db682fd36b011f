// The quick fix: a safety section with the missing topics, placed at the end of the article
// (before a trailing call to action or comments block), in the document's own format and line
// endings. Every sentence comes from sourced templates, and its sources are linked.

import { PhraseMatcher } from '../core/phrases.js';
import { dominantEol } from '../core/text.js';
import type { Doc } from '../core/document.js';
import type { Fix } from '../core/types.js';
import type { Source, Therapy, TopicTemplate } from '../knowledge/therapies.js';
import { midSentence } from '../mentions/wording.js';
import type { TopicId } from '../knowledge/topics.js';
import { caveats, crisisLineFor } from '../knowledge/caveats.js';
import { safetySection } from './detect.js';
import type { Need } from './needs.js';

export const SECTION_TITLE = 'Safety information';

const trailingMatcher = new PhraseMatcher(caveats.trailing.map((pattern) => ({ pattern, value: true })));
/** How many blocks at the end may be a trailing call to action or comments block. */
const MAX_TRAILING = 4;

/** Where the section goes: before trailing call-to-action or comment blocks, else at the end. */
export function insertionPoint(doc: Doc): number {
  let at = doc.text.length;
  let index = doc.blocks.length - 1;
  for (let n = 0; n < MAX_TRAILING && index >= 0; n++, index--) {
    const b = doc.blocks[index];
    const trailing = doc.sentences.some((s) => s.blockIndex === index && trailingMatcher.match(s.tokens).length > 0);
    if (!trailing) break;
    at = doc.lines.lineStart(doc.lines.position(b.start).line);
  }
  return at;
}


function fill(template: TopicTemplate, therapy: Therapy | undefined): TopicTemplate {
  const label = therapy?.label ?? 'This treatment';
  const text = template.text.replace(/(^|[.!?]\s+)?\{therapy\}/g, (_m, start: string | undefined) => (start !== undefined ? `${start}${label}` : midSentence(label)));
  return { text, sources: template.sources };
}

/** The template sentences for one topic: each therapy's own, else the generic one (once). */
export function topicParagraphs(topic: TopicId, need: Need, region: string): TopicTemplate[] {
  if (topic === 'crisis-resources') {
    const line = crisisLineFor(region);
    return [{ text: line.text, sources: line.sources }];
  }
  const out: TopicTemplate[] = [];
  const seen = new Set<string>();
  const therapies = need.therapies.length ? need.therapies : [undefined];
  for (const t of therapies) {
    const template = t?.topics?.[topic] ?? caveats.generic[topic];
    if (!template) continue;
    const filled = fill(template, t);
    if (seen.has(filled.text)) continue;
    seen.add(filled.text);
    out.push(filled);
  }
  return out;
}

function citation(sources: Source[], format: Doc['format']): string {
  const parts = sources.map((s) => (format === 'markdown' ? `[${s.title.replace(/[[\]]/g, '')}](<${s.url}>)` : `${s.title}: ${s.url}`));
  return parts.length ? ` (${parts.length === 1 ? 'Source' : 'Sources'}: ${parts.join('; ')})` : '';
}

/** Plain text copied from the web uses one line per paragraph, or blank lines between them. */
function blankLineStyle(doc: Doc): boolean {
  return doc.format === 'markdown' || /\S[ \t]*\r?\n[ \t]*\r?\n[ \t]*\S/.test(doc.text);
}

/**
 * The edit that inserts the paragraphs for `topics`: a new section, or more paragraphs at the
 * end of an existing "Safety information" section.
 */
export function safetySectionFix(doc: Doc, topics: [TopicId, Need][], region: string, title: string): Fix {
  const eol = dominantEol(doc.text);
  const gap = blankLineStyle(doc) ? eol : '';
  const paragraphs = topics.flatMap(([topic, need]) => topicParagraphs(topic, need, region)).map((p) => p.text + citation(p.sources, doc.format));
  const existing = safetySection(doc);
  let at: number;
  let lines: string[];
  if (existing) {
    at = existing.end;
    lines = paragraphs;
  } else {
    at = insertionPoint(doc);
    lines = [doc.format === 'markdown' ? `## ${SECTION_TITLE}` : SECTION_TITLE, ...paragraphs];
  }
  const body = lines.join(eol + gap) + eol;
  let text: string;
  if (at >= doc.text.length) {
    // Appending: finish the last line, leave a blank line in blank-line style.
    const tail = doc.text.endsWith('\n') || doc.text.endsWith('\r') ? '' : eol;
    text = (doc.text.length ? tail + gap : '') + body;
    at = doc.text.length;
  } else {
    text = body + gap;
  }
  return { range: [at, at], text, title, kind: 'caveat' };
}
