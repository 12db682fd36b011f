// Markdown -> mdast with bounded work. micromark is superlinear in several shapes no article has
// but a data dump, a fuzzer or an attacker can make (thousands of setext headings or blockquotes
// in one document, thousands of `]` or emphasis delimiters in one paragraph, paragraphs of a
// million lines): minutes for a few hundred KB. So, in one linear pass over the lines:
//
// - an ordinary article (small, no hazard) is parsed in one piece, exactly as remark parses it;
// - anything else is parsed in chunks of whole top-level blocks (split only before a line at
//   column 0 after a blank line, outside fenced code, HTML blocks and front matter), each chunk
//   given the link and footnote definitions it refers to, so that the per-document costs are
//   bounded by the chunk;
// - a chunk with a hazard (see `LIMITS`) is read as plain text, and so is every chunk after the
//   parse's own time budget is spent. Plain text has no nesting and takes linear time.
//
// Offsets in the tree are the original text's. Lone CR line endings are read as LF (same length).

import type { Root, RootContent, Nodes, Parents } from 'mdast';
import { Budget } from './budget.js';

/** Per-block and per-chunk counts above which micromark's cost grows too fast. */
export const LIMITS = {
  /** Nesting no article needs; 10,000 levels overflow the stack, 2,000 take seconds to parse. */
  containerDepth: 64,
  /** Longer runs of `*`, `_` or `~` make emphasis matching quadratic. */
  delimiterRun: 200,
  /** Lines of one block (paragraph, list or quote without a blank line). */
  blockLines: 1000,
  /** Markdown punctuation (`[`, `]`, `*`, `_`, `~`, backticks, `<`, `!`, `(`) in one block. */
  blockMarkup: 3000,
  /** Setext underlines, container openings (quote and list markers) and definitions in one chunk. */
  chunkSetext: 100,
  chunkContainers: 1500,
  chunkDefinitions: 500,
} as const;

/** A document up to this size with no hazard is parsed in one piece; larger ones in chunks of about CHUNK. */
export const WHOLE_MAX = 64 * 1024;
export const CHUNK = 16 * 1024;

export interface PlainRange {
  start: number;
  end: number;
  /** Why this part was read as plain text ("it has a run of 300 "*" characters"). */
  reason: string;
}

export interface ParsedMarkdown {
  tree: Root;
  /** Parts read as plain text instead of Markdown. */
  plain: PlainRange[];
}

export interface ParseMarkdownOptions {
  markdown: (text: string) => Root;
  /** The tree of the whole text when it is parsed in one piece (default: `markdown`; lint() reuses a file's last tree, reparse.ts). */
  whole?: (text: string) => Root;
  /** The plain-text tree of `text[start, end)`, with offsets into the whole text. */
  plain: (text: string, start: number, end: number) => Root;
  /** The time Markdown parsing may take; chunks after it is spent are plain text (default: 2 s). */
  budget?: Budget;
}

interface Section {
  start: number;
  end: number;
  /** Counts that add up over a chunk. */
  setext: number;
  containers: number;
  definitions: number;
  /** A hazard inside one of its blocks (the section cannot be split further). */
  hazard?: string;
}

const isSpace = (c: number) => c === 32 || c === 9;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const DEFINITION = /^ {0,3}\[(\^?)((?:[^\\[\]]|\\.){1,999})\]:/;
/** Markdown marks counted per block: [ ] * _ ~ ` < ! ( */
const IS_MARK = new Uint8Array(128);
for (const c of '[]*_~`<!(') IS_MARK[c.charCodeAt(0)] = 1;

/** Lone CR -> LF, so that CR-only files parse like LF ones (same offsets). */
const normaliseCr = (text: string) => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/** A definition label as micromark compares them. */
const labelKey = (footnote: string, raw: string) => footnote + raw.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();

/** A definition's key and a line that defines its label (`footnote` is "^" or ""), for appendix(). */
export const definitionLine = (footnote: string, raw: string): [string, string] => [labelKey(footnote, raw), `[${footnote}${raw}]: #`];

/**
 * One pass over the lines: the sections between split points, with their counts and hazards.
 * Also the definitions (label -> source line) that chunks may need.
 */
function scan(text: string): { sections: Section[]; definitions: Map<string, string> } {
  const sections: Section[] = [];
  const definitions = new Map<string, string>();
  let section: Section = { start: 0, end: 0, setext: 0, containers: 0, definitions: 0 };
  let fence: { char: string; length: number } | undefined;
  let html: RegExp | undefined;
  let frontmatter: string | undefined = /^(---|\+\+\+)\r?\n/.exec(text)?.[1];
  let previousBlank = true;
  let previousText = false;
  let blockLines = 0;
  let blockMarkup = 0;
  let pos = 0;
  let first = true;
  const hazard = (why: string) => {
    section.hazard ??= why;
  };
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const lineEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = text.slice(pos, lineEnd);
    const blank = /^[ \t]*$/.test(line);
    const inside = fence !== undefined || html !== undefined || frontmatter !== undefined;
    // A split point: after a blank line, at column 0, outside anything a blank line cannot end.
    if (!first && !inside && previousBlank && !blank && !isSpace(line.charCodeAt(0))) {
      section.end = pos;
      sections.push(section);
      section = { start: pos, end: 0, setext: 0, containers: 0, definitions: 0 };
    }
    first = false;
    if (frontmatter !== undefined) {
      if (pos > 0 && line.trimEnd() === frontmatter) frontmatter = undefined;
    } else if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.length && !m[2].trim()) fence = undefined;
    } else if (html) {
      if (html.test(line)) html = undefined;
    } else if (!blank) {
      // Only a line whose first mark can start one is tried against each construct's pattern.
      let lead = 0;
      while (lead < 4 && isSpace(line.charCodeAt(lead))) lead++;
      const c0 = line.charCodeAt(lead);
      const f = c0 === 96 || c0 === 126 ? FENCE.exec(line) : null;
      if (f && !(f[1][0] === '`' && f[2].includes('`'))) fence = { char: f[1][0], length: f[1].length };
      else if (c0 === 60 /* < */) {
        const open = HTML_OPEN.find(([re]) => re.test(line));
        if (open && !open[1].test(line.slice(line.indexOf('<') + 2))) html = open[1];
      }
      if (previousText && (c0 === 61 || c0 === 45) && SETEXT.test(line)) section.setext++;
      const def = c0 === 91 ? DEFINITION.exec(line) : null;
      if (def) {
        section.definitions++;
        const [key, line] = definitionLine(def[1], def[2]);
        if (!definitions.has(key)) definitions.set(key, line);
      }
    }
    if (blank) {
      blockLines = 0;
      blockMarkup = 0;
    } else {
      if (++blockLines > LIMITS.blockLines) hazard(`it has a block of more than ${LIMITS.blockLines} lines`);
      if (fence === undefined && html === undefined && frontmatter === undefined) blockMarkup += measureLine(line, section, hazard);
      if (blockMarkup > LIMITS.blockMarkup) hazard(`it has a paragraph with more than ${LIMITS.blockMarkup} Markdown marks`);
    }
    previousBlank = blank;
    previousText = !blank && fence === undefined && html === undefined;
    pos = end + 1;
  }
  section.end = text.length;
  sections.push(section);
  return { sections, definitions };
}

/** Container depth, indentation depth and delimiter runs of one line; returns its Markdown marks. */
function measureLine(line: string, section: Section, hazard: (why: string) => void): number {
  let i = 0;
  let depth = 0;
  for (;;) {
    const indentFrom = i;
    while (i < line.length && isSpace(line.charCodeAt(i))) i++;
    // Nesting by indentation: each level needs at least two more columns.
    if (i - indentFrom > 2 * LIMITS.containerDepth) hazard(`it is indented more than ${2 * LIMITS.containerDepth} columns`);
    const c = line.charCodeAt(i);
    if (c === 62 /* > */) i++;
    else if ((c === 45 || c === 42 || c === 43) && (isSpace(line.charCodeAt(i + 1)) || i + 1 === line.length)) i += 2;
    else {
      let j = i;
      while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
      const after = line.charCodeAt(j);
      if (j > i && (after === 46 || after === 41) && (isSpace(line.charCodeAt(j + 1)) || j + 1 === line.length)) i = j + 2;
      else break;
    }
    section.containers++;
    if (++depth > LIMITS.containerDepth) {
      hazard(`it nests more than ${LIMITS.containerDepth} quote or list levels`);
      break;
    }
  }
  let marks = 0;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 128 || !IS_MARK[c]) continue;
    marks++;
    if (c !== 42 && c !== 95 && c !== 126) continue;
    let j = i + 1;
    while (j < line.length && line.charCodeAt(j) === c) j++;
    if (j - i > LIMITS.delimiterRun) hazard(`it has a run of ${j - i} "${line[i]}" characters`);
    marks += j - i - 1;
    i = j - 1;
  }
  return marks;
}

const tooMany = (s: { setext: number; containers: number; definitions: number }): string | undefined =>
  s.setext > LIMITS.chunkSetext
    ? `it has more than ${LIMITS.chunkSetext} setext headings close together`
    : s.containers > LIMITS.chunkContainers
      ? `it has more than ${LIMITS.chunkContainers} quote or list markers close together`
      : s.definitions > LIMITS.chunkDefinitions
        ? `it has more than ${LIMITS.chunkDefinitions} link or footnote definitions close together`
        : undefined;

/** Why `text` cannot be parsed as Markdown in one piece, or undefined when it can. */
export function markdownHazard(text: string): string | undefined {
  const { sections } = scan(normaliseCr(text));
  const total = { setext: 0, containers: 0, definitions: 0 };
  for (const s of sections) {
    if (s.hazard) return s.hazard;
    total.setext += s.setext;
    total.containers += s.containers;
    total.definitions += s.definitions;
  }
  return tooMany(total);
}

interface Chunk extends Section {
  /** Read as plain text, and why. */
  plain?: string;
}

/** Sections grouped into chunks of about CHUNK characters whose counts stay within LIMITS. */
function chunksOf(sections: Section[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  for (const s of sections) {
    const alone = s.hazard ?? tooMany(s);
    if (alone) {
      current = undefined;
      chunks.push({ ...s, plain: alone });
      continue;
    }
    if (current && current.end - current.start + (s.end - s.start) <= CHUNK && !tooMany({ setext: current.setext + s.setext, containers: current.containers + s.containers, definitions: current.definitions + s.definitions })) {
      current.end = s.end;
      current.setext += s.setext;
      current.containers += s.containers;
      current.definitions += s.definitions;
      continue;
    }
    current = { ...s };
    chunks.push(current);
  }
  return chunks;
}

const REFERENCE = /\[(\^?)((?:[^\\[\]]|\\.){1,999})\]/g;

/** The definitions a chunk refers to but may not hold, as lines to append to it. */
export function appendix(chunk: string, definitions: Map<string, string>): string {
  if (!definitions.size) return '';
  const lines = new Set<string>();
  for (const m of chunk.matchAll(REFERENCE)) {
    const line = definitions.get(labelKey(m[1], m[2]));
    if (line) lines.add(line);
  }
  return lines.size ? `\n\n${[...lines].join('\n')}\n` : '';
}

/** Moves a parsed chunk's positions to where the chunk is in the document (iteratively). */
export function shift(nodes: RootContent[], offset: number, lines: number): void {
  const stack: Nodes[] = nodes.slice();
  while (stack.length) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      if (p.start.offset !== undefined) p.start.offset += offset;
      if (p.end.offset !== undefined) p.end.offset += offset;
      p.start.line += lines;
      p.end.line += lines;
    }
    if ('children' in node) for (const child of (node as Parents).children) stack.push(child as Nodes);
  }
}

const countLines = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Parses Markdown with bounded work (see the top of this file). */
export function parseMarkdown(text: string, options: ParseMarkdownOptions): ParsedMarkdown {
  const source = normaliseCr(text);
  const { sections, definitions } = scan(source);
  const whole = text.length <= WHOLE_MAX && !sections.some((s) => s.hazard) && !tooMany(sections.reduce((t, s) => ({ setext: t.setext + s.setext, containers: t.containers + s.containers, definitions: t.definitions + s.definitions }), { setext: 0, containers: 0, definitions: 0 }));
  if (whole) return { tree: (options.whole ?? options.markdown)(source), plain: [] };

  const budget = options.budget ?? new Budget(2000);
  const children: RootContent[] = [];
  const plain: PlainRange[] = [];
  let line = 0;
  let lineAt = 0;
  for (const chunk of chunksOf(sections)) {
    line += countLines(source, lineAt, chunk.start);
    lineAt = chunk.start;
    const body = source.slice(chunk.start, chunk.end);
    const why = chunk.plain ?? (budget.spent() ? 'parsing it as Markdown took longer than the time budget' : undefined);
    if (why) {
      const tree = options.plain(text, chunk.start, chunk.end);
      for (const child of tree.children) children.push(child);
      const last = plain[plain.length - 1];
      if (last && last.end === chunk.start && last.reason === why) last.end = chunk.end;
      else plain.push({ start: chunk.start, end: chunk.end, reason: why });
      continue;
    }
    // The chunk's own text first: nodes from the appended definitions start after it and are dropped.
    const tree = options.markdown(body + appendix(body, definitions));
    tree.children = tree.children.filter((n) => (n.position?.start.offset ?? 0) < body.length);
    shift(tree.children, chunk.start, line);
    for (const child of tree.children) children.push(child);
  }
  const end = { line: line + countLines(source, lineAt, source.length) + 1, column: 1, offset: text.length };
  return { tree: { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } }, plain };
}
