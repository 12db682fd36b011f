// One analysed article: the Markdown tree, the English tree, and what every rule needs from them,
// computed once per lint so that no rule walks a tree of its own.

import type { Root as MdastRoot, Nodes as MdastNodes, Parents as MdastParents } from 'mdast';
import type { Root as NlcstRoot, Sentence as NlcstSentence, Paragraph as NlcstParagraph } from 'nlcst';
import { LineIndex } from './text.js';
import { markCopy, tokenizeWord, type Token } from './tokens.js';
import { BudgetExceeded, type Budget } from './budget.js';
import { blockText, englishParagraph } from './english.js';

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
  /** A table cell's place: its table (numbered in the document), row (0: the header) and column. */
  cell?: { table: number; row: number; column: number };
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
  /** The English tree: one paragraph per prose block, offsets into `text` (built on first use). */
  readonly nlcst: NlcstRoot;
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
  /**
   * Where reading stopped because the time budget for reading was spent: blocks from this offset
   * on have no sentences. Undefined when the whole text was read.
   */
  unreadFrom?: number;
}

/**
 * The sentence list: a plain array whose for...of checks the document's time budget at every
 * sentence, so that a rule looping over sentences is stopped (BudgetExceeded) once the budget and
 * its grace are spent, without each rule remembering to check. Derived arrays (filter, map) are
 * plain arrays.
 */
export class SentenceList extends Array<Sentence> {
  static override get [Symbol.species]() {
    return Array;
  }
  /** The budget lint() runs the rules under; iteration stops once it is overrun. */
  budget?: Budget;
  /** @deprecated Epoch ms after which iterating throws (lint() sets `budget` instead). */
  deadline = Infinity;

  override [Symbol.iterator](): ArrayIterator<Sentence> {
    return budgeted(this) as unknown as ArrayIterator<Sentence>;
  }
}

/**
 * Sentences every pass reads whatever the budget: a rule that starts after an earlier one spent the
 * time (a long document's shared work) still finds something, and its findings are kept.
 */
const ALWAYS_READ = 64;

function* budgeted(list: SentenceList) {
  for (let i = 0; i < list.length; i++) {
    if (i >= ALWAYS_READ && (list.budget?.overrun() || (list.deadline !== Infinity && Date.now() > list.deadline))) throw new BudgetExceeded();
    yield list[i];
  }
}

/** Containers whose text is not prose: their paragraphs are blocks, but hold no sentences. */
const NOT_PROSE = new Set(['footnoteDefinition', 'definition']);

const startOf = (n: { position?: { start: { offset?: number } } }) => n.position?.start.offset ?? 0;
const endOf = (n: { position?: { end: { offset?: number } } }) => n.position?.end.offset ?? 0;

/**
 * The document model of a parsed text. With a `budget` (lint() gives one), blocks are read into
 * sentences until it is spent, and `unreadFrom` says where reading stopped.
 */
export function buildDoc(text: string, mdast: MdastRoot, format: 'markdown' | 'text', filePath?: string, budget?: Budget): Doc {
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  /** The mdast node of each prose block, for its sentences. */
  const prose = new Map<Block, MdastNodes>();
  const links: Link[] = [];
  const footnoteRefs: { start: number; end: number }[] = [];
  const comments: Comment[] = [];

  // Where each table cell stands, set when its table is met (before its cells).
  const cellPlaces = new Map<MdastNodes, Block['cell']>();
  let tables = 0;
  // An explicit stack, not recursion: 10,000 nested blockquotes or list items must not overflow.
  const stack: [MdastNodes, boolean, boolean, boolean][] = [[mdast, false, false, true]];
  while (stack.length) {
    const [node, inList, inBlockquote, isProse] = stack.pop()!;
    let block: Block | undefined;
    switch (node.type) {
      case 'heading':
        block = { type: 'heading', start: startOf(node), end: endOf(node), inList, inBlockquote, headingLike: true, depth: node.depth };
        break;
      case 'paragraph':
        block = { type: 'paragraph', start: startOf(node), end: endOf(node), inList, inBlockquote, headingLike: false, depth: 0 };
        break;
      case 'table':
        tables++;
        node.children.forEach((row, r) => row.children.forEach((cell, column) => cellPlaces.set(cell, { table: tables, row: r, column })));
        break;
      case 'tableCell':
        block = { type: 'tableCell', start: startOf(node), end: endOf(node), inList, inBlockquote, headingLike: false, depth: 0, cell: cellPlaces.get(node) };
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
    if (block) {
      blocks.push(block);
      if (isProse) prose.set(block, node);
    }
    if ('children' in node) {
      const childInList = inList || node.type === 'listItem';
      const childInQuote = inBlockquote || node.type === 'blockquote';
      const childProse = isProse && !NOT_PROSE.has(node.type);
      const children = (node as MdastParents).children;
      // Pushed in reverse so they pop in document order.
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as MdastNodes, childInList, childInQuote, childProse]);
    }
  }
  blocks.sort((a, b) => a.start - b.start);
  if (format === 'text') markTextHeadings(text, blocks);

  const sentences = new SentenceList();
  const cache = filePath !== undefined ? readingsOf(filePath) : undefined;
  /** The prose blocks read into sentences (the English tree is built again from them on demand). */
  const read: Block[] = [];
  let unreadFrom: number | undefined;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    const node = prose.get(block);
    if (!node) continue;
    if (budget?.spent()) {
      unreadFrom = block.start;
      break;
    }
    read.push(block);
    const { reading, absolute } = readBlock(text, node, block, cache);
    for (const s of reading) {
      const start = block.start + s.start;
      const end = block.start + s.end;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens: absolute ? s.tokens : shifted(s.tokens, block.start), block, blockIndex });
    }
  }

  const firstBlock = blocks.find((b) => b.headingLike) ?? blocks[0];
  const title = firstBlock ? { start: firstBlock.start, end: firstBlock.end } : { start: 0, end: Math.min(text.length, lineEnd(text, 0)) };
  let nlcst: NlcstRoot | undefined;
  return {
    text,
    format,
    filePath,
    lines,
    mdast,
    // Built on first use (no rule needs it): one paragraph per block, offsets into the text.
    get nlcst() {
      return (nlcst ??= englishRoot(text, read.map((block) => ({ block, paragraph: englishParagraph(blockText(text, prose.get(block)!)) }))));
    },
    blocks,
    sentences,
    links,
    footnoteRefs,
    comments,
    title,
    memo: new Map(),
    ...(unreadFrom !== undefined ? { unreadFrom } : {}),
  };
}

/** The English tree of the whole text: each block's paragraph, its positions moved to the text's offsets. */
function englishRoot(text: string, paragraphs: { block: Block; paragraph: NlcstParagraph }[]): NlcstRoot {
  const length = text.length;
  for (const { block, paragraph } of paragraphs) {
    const stack: { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }[] = [paragraph];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.position) {
        if (n.position.start.offset !== undefined) n.position.start.offset += block.start;
        if (n.position.end.offset !== undefined) n.position.end.offset += block.start;
      }
      if (n.children) for (const c of n.children) stack.push(c as never);
    }
  }
  return { type: 'RootNode', children: paragraphs.map((p) => p.paragraph), position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: length } } };
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

/** A block's sentences, with offsets (and the tokens') relative to the block's start. */
type BlockReading = { start: number; end: number; tokens: Token[] }[];

/**
 * The blocks read in the previous lint of one file, by their text: an editor re-lints after
 * every pause, and most blocks have not changed, so their English reading is reused. Kept only
 * for a file linted again (the CLI lints each file once and keeps nothing), and only for the last
 * version of it; a few files at most.
 */
class Readings {
  private next = new Map<string, BlockReading>();
  constructor(private previous: Map<string, BlockReading> | undefined) {}
  get(key: string) {
    const hit = this.previous?.get(key);
    if (hit) this.next.set(key, hit);
    return hit;
  }
  set(key: string, reading: BlockReading) {
    this.next.set(key, reading);
  }
  /** This lint's blocks: the file's cache for its next lint. */
  get blocks() {
    return this.next;
  }
}

const FILES_KEPT = 16;
/** File path -> its last lint's readings (null: linted once, nothing kept yet). Oldest first. */
const readingsByFile = new Map<string, Map<string, BlockReading> | null>();

function readingsOf(filePath: string): Readings | undefined {
  const previous = readingsByFile.get(filePath);
  readingsByFile.delete(filePath);
  if (readingsByFile.size >= FILES_KEPT * 4) readingsByFile.delete(readingsByFile.keys().next().value!);
  if (previous === undefined) {
    readingsByFile.set(filePath, null);
    return undefined;
  }
  const readings = new Readings(previous ?? undefined);
  readingsByFile.set(filePath, readings.blocks);
  // Only FILES_KEPT files keep their readings.
  let kept = 0;
  for (const [path, blocks] of [...readingsByFile].reverse()) if (blocks && ++kept > FILES_KEPT) readingsByFile.set(path, null);
  return readings;
}

/**
 * The sentences of one block: from the cache when its text and reading are the same, else
 * parsed. Without a cache the tokens' offsets are the text's (`absolute`), else the block's.
 */
function readBlock(text: string, node: MdastNodes, block: Block, cache: Readings | undefined): { reading: BlockReading; absolute: boolean } {
  const masked = blockText(text, node);
  const source = text.slice(block.start, block.end);
  const key = cache && (masked === source ? masked : `${masked}\u0000${source}`);
  const known = key !== undefined ? cache!.get(key) : undefined;
  if (known) return { reading: known, absolute: false };
  const base = cache ? 0 : block.start;
  const reading: BlockReading = [];
  for (const sentence of englishParagraph(masked).children) {
    if (sentence.type === 'SentenceNode') reading.push({ start: startOf(sentence), end: endOf(sentence), tokens: sentenceTokens(sentence, source, base) });
  }
  if (key !== undefined) cache!.set(key, reading);
  return { reading, absolute: !cache };
}

/** Tokens moved by `by` (a fresh copy: tokens are per document), marked as a copy of the kept ones. */
function shifted(tokens: Token[], by: number): Token[] {
  const out: Token[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    out[i] = { norm: t.norm, stem: t.stem, kind: t.kind, start: t.start + by, end: t.end + by, capital: t.capital, stemKey: t.stemKey, normKey: t.normKey, stemHash: t.stemHash, normHash: t.normHash };
  }
  markCopy(out, tokens);
  return out;
}

/** A sentence's tokens (`source` is the block's text), offsets moved by `base`. */
function sentenceTokens(sentence: NlcstSentence, source: string, base: number): Token[] {
  const tokens: Token[] = [];
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      const s = startOf(child);
      for (const t of tokenizeWord(source.slice(s, endOf(child)), s + base)) tokens.push(t);
    } else if (child.type === 'SymbolNode' && /^[%$£€+]$/.test(child.value)) {
      for (const t of tokenizeWord(child.value, startOf(child) + base)) tokens.push(t);
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

/** A list item, in Markdown or as a bulleted line of plain text ("• Air bubbles ..."). */
export const isItem = (s: Sentence) => s.block.inList || /^\s*[•·▪◦‣]/.test(s.text);

/** The sentence a list item continues: the last one before its list (within 40 sentences). */
export function leadInOf(doc: Doc, item: Sentence): Sentence | undefined {
  if (!isItem(item)) return undefined;
  for (let i = item.index - 1; i >= 0 && i >= item.index - 40; i--) if (!isItem(doc.sentences[i])) return doc.sentences[i];
  return undefined;
}

/** The sentence ends in a colon after its last token (a lead-in: "Side effects include:"). */
export function endsInColon(doc: Doc, s: Sentence): boolean {
  const last = s.tokens[s.tokens.length - 1];
  return last !== undefined && /^\s*:/.test(doc.text.slice(last.end, last.end + 3));
}
