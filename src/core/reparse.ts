// Re-parsing an edited Markdown file. An editor lints a file again after every pause, and an edit
// changes a paragraph or two: so the last tree of each file linted more than once is kept, the
// next version is cut into sections at top-level block boundaries, and a section whose text the
// last version also had takes its nodes from the kept tree (moved to where it is now); only the
// others are parsed, each run of them together.
//
// That gives the tree a parse of the whole text gives only where a boundary cannot be seen
// differently from its two sides. A boundary here is a line at column 0 after a blank line that
// does not start a list item (a sibling item would join the list before it) or look like front
// matter: such a line closes every container (block quote, list item, footnote definition) and
// every leaf block but fenced code, HTML blocks of kinds 1-5 and front matter. So a text with a
// fence or such an HTML block anywhere is parsed whole, and so is an edit inside front matter or one
// that adds or removes a definition (`]:`), which changes what `[x]` means elsewhere; the changed
// sections are parsed with the definitions the rest of the file has (as markdown.ts does for its
// chunks).
// test/core/reparse.test.ts checks the trees against whole parses of random edits.

import type { Root, RootContent } from 'mdast';
import { appendix, definitionLine, shift } from './markdown.js';

interface Kept {
  text: string;
  tree: Root;
  /** The file's definitions (label key -> a line defining it), for the changed blocks' appendix. */
  definitions: Map<string, string>;
  sections: Section[];
}

const FILES_KEPT = 16;
/** File path -> its last tree (null: linted once, nothing kept yet). Oldest first. */
const kept = new Map<string, Kept | null>();

/**
 * The tree of `source` (a whole text `parse` reads in one piece, lone CRs read as LFs): from the file's last tree where
 * the edit did not reach, else parsed. Kept only for a file linted again (the CLI lints each file
 * once); a few files at most.
 */
export function parseAgain(filePath: string, source: string, parse: (text: string) => Root): Root {
  const previous = kept.get(filePath);
  kept.delete(filePath);
  if (kept.size >= FILES_KEPT * 4) kept.delete(kept.keys().next().value!);
  if (previous === undefined) {
    kept.set(filePath, null);
    return parse(source);
  }
  const again = previous ? reparse(previous, source, parse) : undefined;
  const tree = again?.tree ?? parse(source);
  // A text the boundaries above do not hold for is not kept: its next version is parsed whole.
  const keep = noLongBlocks(source) ? { text: source, tree, definitions: again ? previous!.definitions : definitionsOf(tree), sections: again?.sections ?? sectionsOf(source, frontMatterEnd(tree)) } : null;
  kept.set(filePath, keep);
  let files = 0;
  for (const [path, k] of [...kept].reverse()) if (k && ++files > FILES_KEPT) kept.set(path, null);
  return tree;
}

/**
 * No fence and no HTML block of kinds 1-5 left open on its line, anywhere (these can hold blank
 * lines, and one inside a list item or quote ends with it, taking blank lines as it goes).
 */
const FENCE = /`{3}|~{3}/;
const HTML_OPENERS: [RegExp, RegExp][] = [
  [/<(?:script|pre|style|textarea)(?:[\s>]|$)/gim, /<\/(?:script|pre|style|textarea)>/gi],
  [/<!--/g, /-->/g],
  [/<\?/g, /\?>/g],
  [/<![A-Za-z]/g, />/g],
  [/<!\[CDATA\[/g, /\]\]>/g],
];
function noLongBlocks(text: string): boolean {
  if (FENCE.test(text)) return false;
  for (const [open, close] of HTML_OPENERS) {
    open.lastIndex = 0;
    for (let m = open.exec(text); m; m = open.exec(text)) {
      // Closed on its line; the next opener is looked for after the close (linear in the text).
      close.lastIndex = m.index + m[0].length;
      const c = close.exec(text);
      const lineEnd = text.indexOf('\n', m.index);
      if (!c || (lineEnd >= 0 && c.index >= lineEnd)) return false;
      open.lastIndex = c.index + c[0].length;
    }
  }
  return true;
}

const FRONT_MATTER = /^(?:---|\+\+\+)/;
const FRONT_MATTER_AT = /---|\+\+\+/y;
const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?:[ \t\r\n]|$)/y;

/** Whether a top-level block boundary is at `at` (see the top of this file) that the changed blocks can start at. */
function boundary(text: string, at: number): boolean {
  if (at === 0 || at === text.length) return true;
  if (text.charCodeAt(at - 1) !== 10) return false;
  const c = text.charCodeAt(at);
  if (c === 32 || c === 9 || c === 10 || c === 13) return false;
  for (let i = text.lastIndexOf('\n', at - 2) + 1; i < at - 1; i++) {
    const b = text.charCodeAt(i);
    if (b !== 32 && b !== 9 && b !== 13) return false;
  }
  if (at - 1 === 0) return false; // the "blank line" would be the empty first line: not after one
  LIST_MARKER.lastIndex = at;
  if (LIST_MARKER.test(text)) return false;
  // Parsed on their own, the changed blocks start a text: "---" there would open front matter.
  FRONT_MATTER_AT.lastIndex = at;
  return !FRONT_MATTER_AT.test(text);
}

/** A top-level stretch of text between two boundaries, with the line it starts on (0-based). */
interface Section {
  start: number;
  end: number;
  line: number;
}

/** The sections of a text: cut at every boundary (front matter, up to `from`, is one piece with what follows it). */
function sectionsOf(text: string, from: number): Section[] {
  const out: Section[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) {
    line++;
    if (at < from || !boundary(text, at)) continue;
    out.push({ start, end: at, line: startLine });
    start = at;
    startLine = line;
  }
  out.push({ start, end: text.length, line: startLine });
  return out;
}

const startOf = (n: RootContent) => n.position?.start.offset ?? 0;
const endOf = (n: RootContent) => n.position?.end.offset ?? 0;

/**
 * The tree of `text` from the kept one: each section whose text the last version had (each of
 * those used once) takes its nodes from the kept tree, moved; each run of other sections is
 * parsed on its own. Undefined when that cannot be exact.
 */
function reparse(old: Kept, text: string, parse: (text: string) => Root): { tree: Root; sections: Section[] } | undefined {
  if (text === old.text) return old; // linted again unchanged (rules only read the tree)
  if (!noLongBlocks(text)) return undefined;
  const children = old.tree.children;
  // Front matter is read from its first line to its closing one: it must be the kept one.
  let from = 0;
  if (FRONT_MATTER.test(text) || FRONT_MATTER.test(old.text)) {
    // Up to the end of its closing line: a character after the fence would unmake it.
    const close = old.text.indexOf('\n', frontMatterEnd(old.tree));
    from = close + 1;
    if (!frontMatterEnd(old.tree) || !from || text.slice(0, from) !== old.text.slice(0, from)) return undefined;
  }
  const sections = sectionsOf(text, from);
  // The kept sections, by text, with their nodes (each node inside one section: a check, not a hope).
  const unused = new Map<string, { section: Section; nodes: RootContent[] }[]>();
  let k = 0;
  for (const section of old.sections) {
    const nodes: RootContent[] = [];
    for (; k < children.length && startOf(children[k]) < section.end; k++) {
      if (endOf(children[k]) > section.end) return undefined;
      nodes.push(children[k]);
    }
    const key = old.text.slice(section.start, section.end);
    const list = unused.get(key);
    if (list) list.push({ section, nodes });
    else unused.set(key, [{ section, nodes }]);
  }
  // Which kept section each section takes its nodes from (undefined: parsed).
  const source = sections.map((section) => unused.get(text.slice(section.start, section.end))?.shift());
  // A definition added or removed changes what `[x]` means in every section: the text is parsed whole.
  if (sections.some((section, i) => !source[i] && text.slice(section.start, section.end).includes(']:'))) return undefined;
  for (const [key, list] of unused) if (list.length && key.includes(']:')) return undefined;

  const out: RootContent[] = [];
  for (let i = 0; i < sections.length; ) {
    const kept = source[i];
    const section = sections[i++];
    if (kept) {
      if (section.start !== kept.section.start || section.line !== kept.section.line) shift(kept.nodes, section.start - kept.section.start, section.line - kept.section.line);
      for (const n of kept.nodes) out.push(n);
      continue;
    }
    // This section and the parsed ones after it, in one piece.
    let end = section.end;
    while (i < sections.length && !source[i]) end = sections[i++].end;
    const window = text.slice(section.start, end);
    const nodes = parse(window + appendix(window, old.definitions)).children.filter((n) => startOf(n) < window.length);
    shift(nodes, section.start, section.line);
    for (const n of nodes) out.push(n);
  }
  const last = sections[sections.length - 1];
  const end = { line: last.line + linesIn(text, last.start) + 1, column: text.length - text.lastIndexOf('\n'), offset: text.length };
  return { tree: { type: 'root', children: out, position: { start: { line: 1, column: 1, offset: 0 }, end } }, sections };
}

/** Where a tree's front matter ends (0 when it has none). */
function frontMatterEnd(tree: Root): number {
  const first = tree.children[0];
  return first && ((first.type as string) === 'yaml' || (first.type as string) === 'toml') ? endOf(first) : 0;
}

const linesIn = (text: string, from: number) => {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** The definitions anywhere in a tree (link and footnote), as markdown.ts's chunk appendix wants them. */
function definitionsOf(tree: Root): Map<string, string> {
  const out = new Map<string, string>();
  const stack: unknown[] = [...tree.children];
  while (stack.length) {
    const n = stack.pop() as { type: string; label?: string | null; children?: unknown[] };
    if ((n.type === 'definition' || n.type === 'footnoteDefinition') && n.label) {
      const [key, line] = definitionLine(n.type === 'footnoteDefinition' ? '^' : '', n.label);
      if (!out.has(key)) out.set(key, line);
    }
    if (n.children) for (const c of n.children) stack.push(c);
  }
  return out;
}
