// The Markdown parser: remark-parse with front matter and GitHub Flavored Markdown, built with
// only the GFM constructs a text can contain. Two of them cost most of the parse and need a
// character most articles lack: a table needs a pipe, and a literal autolink an "@", "www." or
// "://" (micromark tries the email autolink at every letter, and the table at every line). A text
// without those characters parses to the same tree without them
// (test/core/markdown-parser.test.ts compares the trees), in a third of the time.

import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';

const TABLE = 1;
const AUTOLINK = 2;

/** Which of the costly constructs `text` can contain. */
export function gfmNeeds(text: string): number {
  return (text.includes('|') || text.includes(':-') || text.includes('-:') ? TABLE : 0) | (/@|www\.|:\/\//i.test(text) ? AUTOLINK : 0);
}

/** remark-gfm's extensions, in its order, without the ones `needs` leaves out. */
function gfmPart(this: Processor, needs: number): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const micromark = (data.micromarkExtensions ??= []);
  const fromMarkdown = (data.fromMarkdownExtensions ??= []);
  if (needs & AUTOLINK) micromark.push(gfmAutolinkLiteral()), fromMarkdown.push(gfmAutolinkLiteralFromMarkdown());
  micromark.push(gfmFootnote(), gfmStrikethrough());
  fromMarkdown.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
  if (needs & TABLE) micromark.push(gfmTable()), fromMarkdown.push(gfmTableFromMarkdown());
  micromark.push(gfmTaskListItem());
  fromMarkdown.push(gfmTaskListItemFromMarkdown());
}

/** One frozen processor per set of constructs, built on first use. */
const processors: Processor<Root>[] = [];

function processorFor(needs: number): Processor<Root> {
  return (processors[needs] ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(gfmPart, needs).freeze() as unknown as Processor<Root>);
}

/** The mdast of `text`, as remark-parse with remark-frontmatter and remark-gfm gives it. */
export function parseMarkdownTree(text: string): Root {
  return processorFor(gfmNeeds(text)).parse(text) as Root;
}

