// The English reading of one block (paragraph, heading, table cell): its sentences and words,
// with offsets into the original text.
//
// The block's source is copied with everything that is not text blanked to spaces (markup, link
// targets, inline code, HTML, the `>` and indentation of continuation lines), so the copy has the
// source's length and parse-english's offsets are the source's plus the block's start. Format
// characters that only hide a word's letters (zero-width joiners and spaces, soft hyphens, bidi
// controls) become U+034F, which the parser keeps inside a word and tokens.ts drops: "cu\u200Dres"
// reads as "cures" while offsets still point at the original characters.
//
// (mdast-util-to-nlcst, used before, joins the whole document into one sentence and splits it
// afterwards, which is quadratic and overflows the stack on long paragraphs, and it places the
// words of a wrapped list item or quote a few characters off, past its own footnote reference.)

import type { Nodes, Parents } from 'mdast';
import type { Paragraph as NlcstParagraph } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import { IGNORABLE, IGNORABLE_ALL } from './text.js';

const parser = new ParseEnglish();

const CGJ = 0x034f;
const SPACE = 32;
const isIgnorable = (c: number) =>
  c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 || c === 0x17b4 || c === 0x17b5 || (c >= 0x180b && c <= 0x180f) ||
  (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff || c === 0xffa0 ||
  // The high surrogate of U+E0000-U+E03FF (tags, variation selectors); its low half follows.
  c === 0xdb40;
const CHAR_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

const startOf = (n: Nodes) => n.position?.start.offset ?? 0;
const endOf = (n: Nodes) => n.position?.end.offset ?? 0;

/**
 * Copies `value` (a node's text) into `out` where it appears in `source[from, to)`, leaving the
 * rest blank: the source holds it with escapes, character references and line prefixes that the
 * value no longer has.
 */
function place(value: string, source: string, from: number, to: number, out: Uint16Array, base: number): void {
  let j = 0;
  let i = from;
  while (i < to && j < value.length) {
    const c = source.charCodeAt(i);
    const v = value.charCodeAt(j);
    if (c === v) {
      out[i - base] = isIgnorable(c) || (c >= 0xdc00 && c <= 0xdfff && i > 0 && source.charCodeAt(i - 1) === 0xdb40) ? CGJ : c;
      i++;
      j++;
    } else if (c === 92 /* \ */ && source.charCodeAt(i + 1) === v) {
      i++;
    } else if (c === 38 /* & */) {
      CHAR_REFERENCE.lastIndex = i;
      const m = CHAR_REFERENCE.exec(source);
      if (m && m.index === i) {
        // The reference stands for one character (two code units beyond the BMP): a symbol here.
        out[i - base] = 0x2022;
        i += m[0].length;
        j += v >= 0xd800 && v <= 0xdbff ? 2 : 1;
      } else i++;
    } else i++;
  }
}

const NOT_A_BREAK = /[^\r\n]/g;
const CGJ_TEXT = String.fromCharCode(CGJ);

/** `source[from, to)` with everything but line breaks blanked. */
const blank = (source: string, from: number, to: number) => (to > from ? source.slice(from, to).replace(NOT_A_BREAK, ' ') : '');

/** The text of `value` placed in `source[from, to)`, the rest blank (see place), as a string of that length. */
function placed(value: string, source: string, from: number, to: number): string {
  const out = new Uint16Array(to - from).fill(SPACE);
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) out[i - from] = c;
  }
  place(value, source, from, to, out, from);
  let text = '';
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode.apply(null, out.subarray(i, i + 8192) as unknown as number[]);
  return text;
}

/**
 * The block's text for the English parser: same length as its source, non-text blanked. Built
 * from slices of the source: a text node whose value is its source (most are) is copied as it is.
 */
export function blockText(source: string, block: Nodes): string {
  const end = endOf(block);
  let cursor = startOf(block);
  let out = '';
  const put = (value: string, from: number, to: number) => {
    if (from < cursor || to > end) return; // not where a text node can be: left blank
    out += blank(source, cursor, from);
    const slice = source.slice(from, to);
    if (slice === value) out += IGNORABLE.test(slice) ? slice.replace(IGNORABLE_ALL, (m) => CGJ_TEXT.repeat(m.length)) : slice;
    else out += placed(value, source, from, to);
    cursor = to;
  };
  // Depth first, in document order: children are pushed last to first.
  const stack: Nodes[] = [block];
  while (stack.length) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
        put(node.value, startOf(node), endOf(node));
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) put(node.alt, startOf(node) + 2, endOf(node));
        break;
      case 'inlineCode':
      case 'html':
      case 'footnoteReference':
      case 'break':
        break;
      default:
        if ('children' in node) {
          const children = (node as Parents).children;
          for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
        }
    }
  }
  return out + blank(source, cursor, end);
}

/** The English paragraph of a block; its positions are offsets into `blockText` (add the block's start). */
export function englishParagraph(text: string): NlcstParagraph {
  return parser.tokenizeParagraph(text);
}
