// Findings -> LSP diagnostics. Offsets come from the core (UTF-16, BOM-less text); the editor's
// TextDocument has no BOM either, so positionAt maps them directly.

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/types.js';
import { SOURCE, type DiagnosticData } from './protocol.js';

export const rangeOf = (doc: TextDocument, start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const data: DiagnosticData = { version: doc.version, ruleId: f.ruleId, category: f.category, fixes: f.fixes, ...(f.messageId ? { messageId: f.messageId } : {}) };
  return {
    range: rangeOf(doc, f.start, f.end),
    severity: f.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: f.ruleId,
    codeDescription: { href: f.url },
    source: SOURCE,
    message: f.message,
    data,
  };
}

export const isOurs = (d: Diagnostic): d is Diagnostic & { data: DiagnosticData } =>
  d.source === SOURCE && typeof (d.data as DiagnosticData | undefined)?.version === 'number';
