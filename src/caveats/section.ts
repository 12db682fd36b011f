// The quick fix: a safety section with the missing topics, placed at the end of the article
// (before a trailing call to action or comments block), in the document's own format and line
// endings. Every sentence comes from sourced templates, and its sources are linked. A treatment
// the knowledge lacks gets the generic sentences, true of any treatment, each followed by a note
// that tells the writer what to add: the fix never invents a treatment's side effects.

import { PhraseMatcher } from '../core/phrases.js';
import { dominantEol } from '../core/text.js';
import type { Doc } from '../core/document.js';
import type { Fix } from '../core/types.js';
import type { Source, Therapy, TopicTemplate } from '../knowledge/therapies.js';
import { midSentence } from '../mentions/wording.js';
import type { TopicId } from '../knowledge/topics.js';
import { caveats, crisisLineFor, genericTemplate } from '../knowledge/caveats.js';
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


/** A paragraph of the section: sourced text, and for an unknown treatment a note to the writer. */
export interface Paragraph extends TopicTemplate {
  note?: string;
}

/** A template with {therapy} replaced by the label: as written at a sentence start, else mid-sentence. */
function fillLabel(text: string, therapy: Therapy | undefined): string {
  const label = therapy?.label ?? 'This treatment';
  return text.replace(/(^|[.!?]\s+)?\{therapy\}/g, (_m, start: string | undefined) => (start !== undefined ? `${start}${label}` : midSentence(label)));
}

/**
 * The template sentences for one topic: each therapy's own (in its region view), else the
 * generic one (once); an inferred therapy's generic sentence carries a note to the writer.
 */
export function topicParagraphs(topic: TopicId, need: Need, region: string): Paragraph[] {
  if (topic === 'crisis-resources') {
    const line = crisisLineFor(region);
    return [{ text: line.text, sources: line.sources }];
  }
  const out: Paragraph[] = [];
  const seen = new Set<string>();
  const therapies = need.therapies.length ? need.therapies : [undefined];
  for (const t of therapies) {
    const template = t?.topics?.[topic] ?? genericTemplate(topic, region);
    if (!template) continue;
    const text = fillLabel(template.text, t);
    if (seen.has(text)) continue;
    seen.add(text);
    const note = t?.inferred && caveats.writerNotes[topic] ? fillLabel(caveats.writerNotes[topic]!, t) : undefined;
    out.push({ text, sources: template.sources, ...(note ? { note } : {}) });
  }
  return out;
}

/** A note to the writer: a comment in Markdown (never shown to readers), brackets in plain text. */
function writerNote(note: string, format: Doc['format']): string {
  return format === 'markdown' ? ` <!-- Fair Balance: ${note.replace(/--/g, '-')} -->` : ` [Writer: ${note}]`;
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
  const paragraphs = topics.flatMap(([topic, need]) => topicParagraphs(topic, need, region)).map((p) => p.text + citation(p.sources, doc.format) + (p.note ? writerNote(p.note, doc.format) : ''));
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
