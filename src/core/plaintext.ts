// A unified parser for plain-text articles. Text copied from a web page keeps one block a line,
// so each non-empty line becomes its own paragraph (a title line never runs into the next
// sentence); bullet lines ("- ", "* ", "· ", "1. ") become list items; a line that is only an HTML
// comment becomes an `html` node, so suppression comments work as in Markdown.

import type { Root, RootContent, ListItem, Paragraph, Html } from 'mdast';
import type { Point, Position } from 'unist';
import type { Processor } from 'unified';

const BULLET = /^([-*+\u00B7\u2022\u25AA\u25E6]|\d{1,3}[.)])[ \t]+/;
const COMMENT_LINE = /^<!--[\s\S]*?-->$/;

/**
 * The plain-text tree of `text` (or of `text[from, to)`, with offsets into the whole text). One
 * pass; lines and columns are counted as it goes.
 */
export function parsePlainText(text: string, from = 0, to = text.length): Root {
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  // Line breaks as LineIndex counts them: CRLF, LF, CR, U+2028, U+2029.
  const advance = (offset: number) => {
    for (let i = counted; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    counted = Math.max(counted, offset);
  };
  const point = (offset: number): Point => {
    advance(offset);
    return { line, column: offset - lineStart + 1, offset };
  };
  const span = (start: number, end: number): Position => ({ start: point(start), end: point(end) });
  const rootStart = point(from);
  const children: RootContent[] = [];
  const re = /[^\r\n\u2028\u2029]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const raw = m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    const end = start + body.length;
    if (COMMENT_LINE.test(body)) {
      children.push({ type: 'html', value: body, position: span(start, end) } satisfies Html);
      continue;
    }
    const bullet = BULLET.exec(body);
    const textStart = bullet ? start + bullet[0].length : start;
    const position = span(textStart, end);
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text.slice(textStart, end), position }], position };
    if (bullet) {
      const whole = span(start, end);
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph], position: whole };
      children.push({ type: 'list', ordered: /\d/.test(bullet[1]), spread: false, children: [item], position: whole });
    } else children.push(paragraph);
  }
  return { type: 'root', children, position: { start: rootStart, end: point(to) } };
}

/** The unified plugin form of `parsePlainText`. */
export function plainTextParser(this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this as unknown as { parser: (doc: string) => Root };
  self.parser = parsePlainText;
}
