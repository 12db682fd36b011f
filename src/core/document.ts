// One analysed article: the Markdown tree, the English tree, and what every rule needs from them,
// computed once per lint so that no rule walks a tree of its own.

import type { Root as MdastRoot, Nodes as MdastNodes, Parents as MdastParents } from 'mdast';
import type { Root as NlcstRoot, Sentence as NlcstSentence, Paragraph as NlcstParagraph } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { VFile } from 'vfile';
import { LineIndex } from './text.js';
import { tokenizeWord, type Token } from './tokens.js';
import { BudgetExceeded } from './budget.js';

export type BlockType = 'heading' | 'paragraph' | 'tableCell';

export interface Block {
  type: BlockType;
  start: number;
  end: number;
  /** Inside a list item. */
  inList: boolean;
  inBlockquote: boolean;
  /**
   * A Markdown heading, or in plain text a short line with no closing punctuation that is
   * followed by more text: how a title or section heading looks in a scraped article.
   */
  headingLike: boolean;
  /** Heading depth (1-6); 0 when not a Markdown heading. */
  depth: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** The source text of the sentence. */
  text: string;
  /** Word, number and symbol tokens (no punctuation or white space). */
  tokens: Token[];
  block: Block;
  /** Index of the sentence's block in `Doc.blocks`. */
  blockIndex: number;
}

export interface Link {
  url: string;
  start: number;
  end: number;
  /** The visible text of the link. */
  label: string;
}

export interface Comment {
  value: string;
  start: number;
  end: number;
}

export interface Doc {
  text: string;
  format: 'markdown' | 'text';
  filePath?: string;
  lines: LineIndex;
  mdast: MdastRoot;
  nlcst: NlcstRoot;
  blocks: Block[];
  sentences: SentenceList;
  links: Link[];
  /** Footnote references (`[^1]`) and definitions' offsets. */
  footnoteRefs: { start: number; end: number }[];
  comments: Comment[];
  /** Where document-level findings go: the first heading, else the first line with text. */
  title: { start: number; end: number };
  /** Values rules compute once and share (therapies detected, topics present). */
  memo: Map<string, unknown>;
}

/**
 * The sentence list: a plain array whose for...of checks the document's time budget at every
 * sentence, so that a rule looping over sentences stops (BudgetExceeded) once the budget is spent
 * without each rule remembering to check. Derived arrays (filter, map) are plain arrays.
 */
export class SentenceList extends Array<Sentence> {
  static override get [Symbol.species]() {
    return Array;
  }
  /** Epoch ms after which iterating throws; set by lint() once the Doc is built. */
  deadline = Infinity;

  override [Symbol.iterator](): ArrayIterator<Sentence> {
    return budgeted(this) as unknown as ArrayIterator<Sentence>;
  }
}

function* budgeted(list: SentenceList) {
  for (let i = 0; i < list.length; i++) {
    if (list.deadline !== Infinity && Date.now() > list.deadline) throw new BudgetExceeded();
    yield list[i];
  }
}

const parser = new ParseEnglish();
const IGNORED = ['yaml', 'toml', 'code', 'html', 'math', 'inlineMath', 'definition', 'footnoteDefinition'];

const startOf = (n: { position?: { start: { offset?: number } } }) => n.position?.start.offset ?? 0;
const endOf = (n: { position?: { end: { offset?: number } } }) => n.position?.end.offset ?? 0;

export function buildDoc(text: string, mdast: MdastRoot, format: 'markdown' | 'text', filePath?: string): Doc {
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  const links: Link[] = [];
  const footnoteRefs: { start: number; end: number }[] = [];
  const comments: Comment[] = [];

  // An explicit stack, not recursion: 10,000 nested blockquotes or list items must not overflow.
  const stack: [MdastNodes, boolean, boolean][] = [[mdast, false, false]];
  while (stack.length) {
    const [node, inList, inBlockquote] = stack.pop()!;
    switch (node.type) {
      case 'heading':
        blocks.push({ type: 'heading', start: startOf(node), end: endOf(node), inList, inBlockquote, headingLike: true, depth: node.depth });
        break;
      case 'paragraph':
        blocks.push({ type: 'paragraph', start: startOf(node), end: endOf(node), inList, inBlockquote, headingLike: false, depth: 0 });
        break;
      case 'tableCell':
        blocks.push({ type: 'tableCell', start: startOf(node), end: endOf(node), inList, inBlockquote, headingLike: false, depth: 0 });
        break;
      case 'link':
        links.push({ url: node.url, start: startOf(node), end: endOf(node), label: plainText(node) });
        break;
      case 'footnoteReference':
        footnoteRefs.push({ start: startOf(node), end: endOf(node) });
        break;
      case 'html': {
        const re = /<!--[\s\S]*?-->/g;
        for (let m = re.exec(node.value); m; m = re.exec(node.value)) {
          comments.push({ value: m[0], start: startOf(node) + m.index, end: startOf(node) + m.index + m[0].length });
        }
        break;
      }
      default:
    }
    if ('children' in node) {
      const childInList = inList || node.type === 'listItem';
      const childInQuote = inBlockquote || node.type === 'blockquote';
      const children = (node as MdastParents).children;
      // Pushed in reverse so they pop in document order.
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as MdastNodes, childInList, childInQuote]);
    }
  }
  blocks.sort((a, b) => a.start - b.start);
  if (format === 'text') markTextHeadings(text, blocks);

  const file = new VFile({ value: text });
  const nlcst = englishTree(mdast, file);
  const sentences = new SentenceList();
  const blockAt = blockFinder(blocks);
  for (const paragraph of nlcst.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of (paragraph as NlcstParagraph).children) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = startOf(sentence);
      const end = endOf(sentence);
      const blockIndex = blockAt(start);
      if (blockIndex < 0) continue;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens: sentenceTokens(sentence, text), block: blocks[blockIndex], blockIndex });
    }
  }

  const firstBlock = blocks.find((b) => b.headingLike) ?? blocks[0];
  const title = firstBlock ? { start: firstBlock.start, end: firstBlock.end } : { start: 0, end: Math.min(text.length, lineEnd(text, 0)) };
  return { text, format, filePath, lines, mdast, nlcst, blocks, sentences, links, footnoteRefs, comments, title, memo: new Map() };
}

/** Above this size the English tree is built in chunks of top-level blocks (see englishTree). */
const CHUNK_CHARS = 32 * 1024;

/**
 * The English (nlcst) tree. mdast-util-to-nlcst hands the whole document to parse-english as one
 * sentence and splits it afterwards, which is quadratic in the number of pieces (a 10,000-line
 * file without full stops took minutes). Large documents are therefore converted in chunks of
 * whole top-level blocks, so the quadratic part is bounded by the chunk size.
 */
function englishTree(mdast: MdastRoot, file: VFile): NlcstRoot {
  const size = endOf(mdast) - startOf(mdast);
  if (size <= 2 * CHUNK_CHARS || mdast.children.length < 2) return toNlcst(mdast, file, parser, { ignore: IGNORED }) as NlcstRoot;
  const children: NlcstRoot['children'] = [];
  let chunk: MdastRoot['children'] = [];
  const flush = () => {
    if (!chunk.length) return;
    const part: MdastRoot = { type: 'root', children: chunk, position: { start: chunk[0].position!.start, end: chunk[chunk.length - 1].position!.end } };
    children.push(...(toNlcst(part, file, parser, { ignore: IGNORED }) as NlcstRoot).children);
    chunk = [];
  };
  for (const node of mdast.children) {
    if (!node.position) continue;
    chunk.push(node);
    if (endOf(node) - startOf(chunk[0]) >= CHUNK_CHARS) flush();
  }
  flush();
  return { type: 'RootNode', children, position: mdast.position };
}

function lineEnd(text: string, from: number): number {
  const m = /[\r\n\u2028\u2029]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** In plain text a title or heading is a short line without closing punctuation. */
function markTextHeadings(text: string, blocks: Block[]) {
  blocks.forEach((b, i) => {
    if (b.inList || i === blocks.length - 1) return;
    const line = text.slice(b.start, b.end).trim();
    const words = line.split(/\s+/).length;
    if (words <= 14 && !/[.,;:!]["'”’)]?$/.test(line)) {
      b.headingLike = true;
      b.type = 'heading';
    }
  });
}

/** Binary search: the block containing an offset (or -1). */
function blockFinder(blocks: Block[]) {
  return (offset: number) => {
    let lo = 0;
    let hi = blocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Nested blocks (a paragraph in a list item) sort after their parent; the last start wins.
    return found >= 0 && offset <= blocks[found].end ? found : found;
  };
}

function sentenceTokens(sentence: NlcstSentence, text: string): Token[] {
  const tokens: Token[] = [];
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      const s = startOf(child);
      tokens.push(...tokenizeWord(text.slice(s, endOf(child)), s));
    } else if (child.type === 'SymbolNode' && /^[%$£€+]$/.test(child.value)) {
      tokens.push(...tokenizeWord(child.value, startOf(child)));
    }
  }
  return tokens;
}

/** The text of a node's leaves, in order (iterative, like the walk above). */
function plainText(node: MdastNodes): string {
  let out = '';
  const stack: MdastNodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if ('value' in n && typeof n.value === 'string') out += n.value;
    else if ('children' in n) {
      const children = (n as MdastParents).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as MdastNodes);
    }
  }
  return out;
}
