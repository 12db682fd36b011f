// "Add 'word' to the project's words": edits the nearest config file, keeping its format
// (JSON indentation, YAML comments), or creates .fairbalancerc.json at the workspace root.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { findConfig } from '../node/index.js';

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

/** Adds `word` to the config that applies to `filePath`; returns the file written. */
export function addWordToConfig(filePath: string, word: string, workspaceRoot?: string): string {
  const found = findConfig(dirname(resolve(filePath))).path;
  const target = found ?? join(workspaceRoot ?? dirname(resolve(filePath)), '.fairbalancerc.json');
  const text = found ? readFileSync(target, 'utf8') : '';
  const name = basename(target);
  const next =
    name === 'package.json' ? addToJson(text, word, 'fairbalance')
    : name.endsWith('.json') ? addToJson(text || '{}\n', word)
    : addToYaml(text, word);
  writeFileSync(target, next);
  return target;
}
