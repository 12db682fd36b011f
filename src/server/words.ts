// "Add 'word' to the project's words": the config file's new text, keeping its format (JSON
// indentation and line endings, YAML comments). The service finds and writes the file.

import { isMap, isSeq, parseDocument } from 'yaml';

/** The file "Add word" creates when no config file applies (at the workspace folder). */
export const NEW_CONFIG_NAME = '.fairbalancerc.json';

const indentOf = (json: string): string | number => /^[{[]\r?\n([ \t]+)/.exec(json)?.[1] ?? 2;

function addToJson(text: string, word: string, key?: string): string {
  const data = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const target = (key ? ((data[key] ??= {}) as Record<string, unknown>) : data);
  const words = Array.isArray(target.words) ? (target.words as string[]) : [];
  if (!words.includes(word)) words.push(word);
  target.words = words;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return JSON.stringify(data, null, indentOf(text)).replace(/\n/g, eol) + (/\r?\n$/.test(text) || !text ? eol : '');
}

function addToYaml(text: string, word: string): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return `${text.replace(/\s*$/, '\n')}words:\n  - ${JSON.stringify(word)}\n`;
  const words = doc.get('words');
  if (isSeq(words)) {
    if (!words.items.some((i) => String((i as { value?: unknown }).value ?? i) === word)) words.add(doc.createNode(word));
  } else doc.set('words', doc.createNode([word]));
  return doc.toString();
}

/** `text` of the config file `name` (empty for a new file) with `word` in its words. */
export function withWord(name: string, text: string, word: string): string {
  if (name === 'package.json') return addToJson(text, word, 'fairbalance');
  if (name.endsWith('.json')) return addToJson(text || '{}\n', word);
  return addToYaml(text, word);
}
