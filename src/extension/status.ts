// The status bar item for the active article. VS Code's own Problems item already shows the error
// and warning counts, so this one shows what it does not: the safety checklist's state (the
// article's counts are in the tooltip). A click opens the Safety Checklist.

import * as vscode from 'vscode';
import { SOURCE } from '../server/protocol.js';
import type { ChecklistProvider } from './checklist.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function statusBar(checklist: ChecklistProvider): vscode.Disposable & { item: vscode.StatusBarItem; update(): void } {
  const item = vscode.window.createStatusBarItem('fairbalance.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Fair Balance';
  item.command = 'fairbalance.showChecklist';

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !['markdown', 'plaintext'].includes(doc.languageId)) return item.hide();
    const uri = doc.uri.toString();
    const ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE);
    const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const summary = checklist.summaryFor(uri)?.summary;
    const missing = checklist.missingTopics(uri);
    item.text =
      missing.length ? `$(shield) ${plural(missing.length, 'safety topic')} missing`
      : summary?.topics.length ? '$(shield) Safety topics covered'
      : '$(shield) Fair Balance';
    item.tooltip = [
      `Fair Balance, this article: ${plural(errors, 'error')}, ${plural(ours.length - errors, 'warning')}.`,
      missing.length ? `Safety topics missing: ${missing.join(', ')}.` : summary?.topics.length ? 'Every safety topic it needs is covered.' : '',
      'Click to show the Safety Checklist.',
    ].filter(Boolean).join('\n');
    item.show();
  };

  const subscriptions = [vscode.window.onDidChangeActiveTextEditor(update), vscode.languages.onDidChangeDiagnostics(update)];
  return {
    item,
    update,
    dispose() {
      for (const s of subscriptions) s.dispose();
      item.dispose();
    },
  };
}
