// A unified parser for plain-text articles. Text copied from a web page keeps one block a line,
// so each non-empty line becomes its own paragraph (a title line never runs into the next
// sentence); bullet lines ("- ", "* ", "· ", "1. ") become list items; a line that is only an HTML
// comment becomes an `html` node, so suppression comments work as in Markdown.

import type { Root, RootContent, ListItem, Paragraph, Html } from 'mdast';
import type { Point, Position } from 'unist';
import type { Processor } from 'unified';
import { LineIndex } from './text.js';

const BULLET = /^([-*+\u00B7\u2022\u25AA\u25E6]|\d{1,3}[.)])[ \t]+/;
const COMMENT_LINE = /^<!--[\s\S]*?-->$/;

export function parsePlainText(text: string): Root {
  const lines = new LineIndex(text);
  const point = (offset: number): Point => ({ ...lines.position(offset), offset });
  const span = (start: number, end: number): Position => ({ start: point(start), end: point(end) });
  const children: RootContent[] = [];
  const re = /[^\r\n\u2028\u2029]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    const end = start + body.length;
    if (COMMENT_LINE.test(body)) {
      children.push({ type: 'html', value: body, position: span(start, end) } satisfies Html);
      continue;
    }
    const bullet = BULLET.exec(body);
    const textStart = bullet ? start + bullet[0].length : start;
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: text.slice(textStart, end), position: span(textStart, end) }],
      position: span(textStart, end),
    };
    if (bullet) {
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph], position: span(start, end) };
      children.push({ type: 'list', ordered: /\d/.test(bullet[1]), spread: false, children: [item], position: span(start, end) });
    } else children.push(paragraph);
  }
  return { type: 'root', children, position: span(0, text.length) };
}

/** The unified plugin form of `parsePlainText`. */
export function plainTextParser(this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this as unknown as { parser: (doc: string) => Root };
  self.parser = parsePlainText;
}
