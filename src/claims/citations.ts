// Is a sentence's claim supported? A citation is a link to an evidence source, a footnote
// reference, a bracketed number [3] or one in parentheses closing it (3), an author-year reference (Smith et al., 2021) or a named
// study or journal, in the sentence or directly after it. A "[citation needed]" marker is not a
// citation: it flags the claim for the reviewer.

import { visit } from 'unist-util-visit';
import type { Doc, Sentence } from '../core/document.js';
import type { Citations } from '../knowledge/sections.js';
import { claimKnowledge } from '../knowledge/claims.js';

export type Support = 'cited' | 'marker' | 'none';

export const CITATION_MARKER = '[citation needed]';

/** How far past a sentence's end, on its line, a citation still counts as attached ("claim. [3]"). */
const TRAIL = /^[ \t)\]}"'”’*_]*(?:\[\^[^\]\s]+\]|\[\d+(?:\s*[-–,]\s*\d+)*\](?![[(:])|\((?:[^()]{0,80}?(?:19|20)\d{2}[a-z]?)\)|\[(?:citation|source|reference)s? needed\])/i;
const MARKER = /\[(?:citation|source|reference)s? needed\]/i;
// Not a Markdown reference-style link ([our page][1]), whose target is checked like any link.
const NUMBERED = /(?<!\])\[\d+(?:\s*[-–,]\s*\d+)*\](?![[(:])|\[\^[^\]\s]+\]/;
/** A numbered reference in parentheses closing the sentence: "... achieving remission (1)." or "(1,2)". */
const PAREN_NUMBERED = /\(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\)\s*[.!?]?["'”’]?\s*$/;
const AUTHOR_YEAR = [
  /\b\p{Lu}[\p{L}'’-]+ et al\.?,? \(?(?:19|20)\d{2}/u,
  /\b\p{Lu}[\p{L}'’-]+ (?:and|&) \p{Lu}[\p{L}'’-]+,? \(?(?:19|20)\d{2}/u,
  /\(\p{Lu}[^()]{0,60}?,? (?:19|20)\d{2}[a-z]?\)/u,
];
const NAMED_STUDY =
  /\b(?:published in|[Aa]ccording to (?:a |an |the )?(?:\d{4} )?(?:study|trial|review|meta-analysis|report) (?:by|in|from)|[Aa]ccording to (?:the )?(?:prescribing information|(?:drug |product )?label|package insert|\p{Lu}[\p{L}.]+)|(?:study|trial|review|meta-analysis) (?:published )?(?:in|by) (?:the )?\p{Lu}|(?:study|trial|studies|trials) (?:from|at) (?:the )?(?:\p{Lu}[\p{L}'’-]* ){0,3}(?:University|Institute|Hospital|College|School|Centre|Center|Foundation)\b|\bthe (?:(?:19|20)\d{2} )?\p{Lu}[\p{Lu}\d*]+(?:-[\p{Lu}\d]+)? (?:study|trial)\b)/u;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s)\]>"]+/gi;

const journals = new RegExp(`\\b(?:${claimKnowledge.citations.journals.map(escape).join('|')})\\b`);

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hostOf(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return m?.[1].toLowerCase().replace(/^www\./, '');
}

const matchesDomain = (host: string, domain: string) => {
  const d = domain.toLowerCase().replace(/^www\./, '');
  return host === d || host.endsWith('.' + d);
};

/** A link is evidence when its host is a trusted (scholarly or configured) domain. */
export function isEvidenceUrl(url: string, config: { citations: Citations }): boolean {
  const host = hostOf(url);
  if (!host) return false; // relative links point at the site itself
  if (config.citations.untrustedDomains.some((d) => matchesDomain(host, d))) return false;
  if ([...claimKnowledge.citations.untrustedDomains].some((d) => matchesDomain(host, d))) return false;
  if (/\.(?:gov|edu|ac\.uk|nhs\.uk|gov\.uk)$/.test(host)) return true;
  return [...claimKnowledge.citations.trustedDomains, ...config.citations.trustedDomains].some((d) => matchesDomain(host, d));
}

/** Reference-style links: [label][id], [label][] and [label] with a definition. */
const REFERENCE_LINK = /\[([^\]]+)\](?:\[([^\]]*)\])?/g;
const normalizeLabel = (label: string) => label.trim().toLowerCase().replace(/\s+/g, ' ');

/** The document's link definitions ([id]: url), once per document. */
function definitions(doc: Doc): Map<string, string> {
  let defs = doc.memo.get('claims:definitions') as Map<string, string> | undefined;
  if (!defs) {
    const found = new Map<string, string>();
    visit(doc.mdast, 'definition', (node) => {
      found.set(normalizeLabel(node.identifier), node.url);
    });
    defs = found;
    doc.memo.set('claims:definitions', defs);
  }
  return defs;
}

/** Whether the claim in `sentence` carries a source, a reviewer's marker, or nothing. */
export function supportOf(doc: Doc, sentence: Sentence, config: { citations: Citations }): Support {
  const after = doc.text.slice(sentence.end, sentence.end + 120);
  const trail = TRAIL.exec(after);
  const reach = sentence.end + (trail ? trail[0].length : 0);
  const own = doc.text.slice(sentence.start, reach);
  // Links inside the sentence, or starting right after it.
  for (const l of doc.links) {
    const attached = l.start >= sentence.start && (l.start < reach || /^[\s(\[]{0,3}$/.test(doc.text.slice(sentence.end, l.start)));
    if (attached && isEvidenceUrl(l.url, config)) return 'cited';
  }
  if (doc.format === 'text') {
    for (const m of own.matchAll(URL_IN_TEXT)) if (isEvidenceUrl(m[0], config)) return 'cited';
  }
  for (const m of own.matchAll(REFERENCE_LINK)) {
    const url = definitions(doc).get(normalizeLabel(m[2] || m[1]));
    if (url && isEvidenceUrl(url, config)) return 'cited';
  }
  if (doc.footnoteRefs.some((f) => f.start >= sentence.start && f.start <= reach)) return 'cited';
  const withoutMarker = own.replace(MARKER, '');
  if (NUMBERED.test(withoutMarker) || PAREN_NUMBERED.test(withoutMarker) || AUTHOR_YEAR.some((re) => re.test(withoutMarker))) return 'cited';
  if (NAMED_STUDY.test(withoutMarker) || journals.test(withoutMarker)) return 'cited';
  return MARKER.test(own) ? 'marker' : 'none';
}
