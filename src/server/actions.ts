// Code actions for Fair Balance diagnostics. Pure: a document and diagnostics in, actions out.

import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes } from '../core/fixes.js';
import type { Finding, Fix } from '../core/types.js';
import { isOurs, rangeOf } from './convert.js';
import { ADD_WORD_COMMAND, type DiagnosticData } from './protocol.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fairbalance`;

const editFor = (doc: TextDocument, fix: Fix): TextEdit => ({ range: rangeOf(doc, fix.range[0], fix.range[1]), newText: fix.text });
const workspaceEdit = (doc: TextDocument, edits: TextEdit[]): WorkspaceEdit => ({
  documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }],
});

/** `<!-- fairbalance-disable-next-line rule -->` above the diagnostic's first line, indented like it. */
export function disableLineEdit(doc: TextDocument, line: number, ruleId: string): TextEdit {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const eol = /\r\n$/.test(text) ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- fairbalance-disable-next-line ${ruleId} -->${eol}` };
}

/**
 * The quick fixes for the diagnostics under the cursor (those VS Code passes in the context).
 * A fix several diagnostics share (caveat-missing's safety section, offered on each missing
 * topic) is listed once, for all of them.
 */
export function quickFixes(doc: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const byFix = new Map<string, CodeAction>();
  const disabled = new Set<string>();
  for (const d of diagnostics) {
    if (!isOurs(d)) continue;
    const data: DiagnosticData = d.data;
    // A fix computed for another version would land on the wrong text.
    if (data.version !== doc.version) continue;
    data.fixes.forEach((fix, i) => {
      const key = JSON.stringify([fix.title, fix.range, fix.text]);
      const shared = byFix.get(key);
      if (shared) {
        shared.diagnostics!.push(d);
        return;
      }
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: i === 0,
        edit: workspaceEdit(doc, [editFor(doc, fix)]),
      };
      byFix.set(key, action);
      actions.push(action);
    });
    const key = `${data.ruleId}:${d.range.start.line}`;
    if (!disabled.has(key)) {
      disabled.add(key);
      actions.push({
        title: `Disable ${data.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: workspaceEdit(doc, [disableLineEdit(doc, d.range.start.line, data.ruleId)]),
      });
    }
    if (data.category === 'term') {
      const word = doc.getText(d.range).trim();
      if (word && word.length <= 100 && !/\s/.test(word)) {
        actions.push({
          title: `Add '${word}' to the project's words`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: `Add '${word}' to the project's words`, command: ADD_WORD_COMMAND, arguments: [doc.uri, word] },
        });
      }
    }
  }
  return actions;
}

/**
 * Fix all: each finding's preferred safe fix, as the CLI's --fix does in one pass, as separate
 * edits (so the cursor and folding survive). `findings` must be for this exact text.
 */
export function fixAllAction(doc: TextDocument, findings: readonly Finding[]): CodeAction | undefined {
  const { applied } = applyFixes(doc.getText(), findings, { kinds: ['safe'] });
  if (!applied.length) return undefined;
  return { title: 'Fix all safe Fair Balance problems', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, applied.map((f) => editFor(doc, f))) };
}
