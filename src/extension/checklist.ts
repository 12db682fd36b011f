// The "Safety Checklist" tree view: for the active article, the therapies detected and each
// required safety topic, present or missing. Labels are plain strings in a TreeView (never
// HTML), so nothing from the document is ever rendered as markup.

import * as vscode from 'vscode';
import type { SummaryParams } from '../server/protocol.js';

type Item =
  | { kind: 'therapies'; names: string[] }
  | { kind: 'topic'; uri: string; version: number | null; id: string; present: boolean; info?: SummaryParams['topics'][string] }
  | { kind: 'empty'; text: string };

const TOPIC_LABELS: Record<string, string> = {
  'side-effects': 'Side effects',
  contraindications: 'Who should not use it',
  'medical-supervision': 'Medical supervision',
  driving: 'Driving and machinery',
  'abuse-potential': 'Misuse and dependence',
  'regulatory-status': 'Regulatory status',
  'individual-variation': 'Results vary',
  'evidence-limits': 'Limits of the evidence',
  'crisis-resources': 'Crisis resources',
};

export const topicLabel = (id: string) => TOPIC_LABELS[id] ?? id;

export class ChecklistProvider implements vscode.TreeDataProvider<Item> {
  private readonly summaries = new Map<string, SummaryParams>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  update(params: SummaryParams): void {
    this.summaries.set(params.uri, params);
    if (params.uri === this.activeUri()) this.changed.fire();
  }

  forget(uri: string): void {
    this.summaries.delete(uri);
  }

  refresh(): void {
    this.changed.fire();
  }

  summaryFor(uri: string): SummaryParams | undefined {
    return this.summaries.get(uri);
  }

  private activeUri(): string | undefined {
    return vscode.window.activeTextEditor?.document.uri.toString();
  }

  getChildren(element?: Item): Item[] {
    if (element) return [];
    const uri = this.activeUri();
    const s = uri ? this.summaries.get(uri) : undefined;
    if (!uri || !s) return [{ kind: 'empty', text: 'Open a Markdown or text article to see its safety checklist.' }];
    const items: Item[] = [{ kind: 'therapies', names: s.summary.therapies }];
    const topics = s.summary.topics.length
      ? s.summary.topics
      : Object.keys(s.topics).map((id) => ({ id, present: false })); // until the summary is filled in, the caveat findings
    if (!s.summary.therapies.length && !topics.length) return [{ kind: 'empty', text: 'No therapy detected: no safety topics required.' }];
    for (const t of topics) items.push({ kind: 'topic', uri, version: s.version, id: t.id, present: t.present, info: s.topics[t.id] });
    return items;
  }

  getTreeItem(item: Item): vscode.TreeItem {
    if (item.kind === 'empty') return new vscode.TreeItem(item.text);
    if (item.kind === 'therapies') {
      const t = new vscode.TreeItem(`Therapies: ${item.names.length ? item.names.join(', ') : 'none detected'}`);
      t.iconPath = new vscode.ThemeIcon('beaker');
      return t;
    }
    const t = new vscode.TreeItem(`${item.present ? '✓' : '✗'} ${topicLabel(item.id)}`);
    t.description = item.present ? 'present' : 'missing';
    t.tooltip = `${item.id}: ${item.present ? 'the article covers this topic' : 'missing; click to go to the finding'}`;
    t.iconPath = new vscode.ThemeIcon(item.present ? 'pass' : 'error', new vscode.ThemeColor(item.present ? 'testing.iconPassed' : 'testing.iconFailed'));
    if (!item.present) {
      t.contextValue = item.info?.edit ? 'missingTopicFixable' : 'missingTopic';
      if (item.info) {
        const r = item.info.range;
        t.command = {
          title: 'Go to finding',
          command: 'vscode.open',
          arguments: [vscode.Uri.parse(item.uri), { selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) }],
        };
      }
    }
    return t;
  }
}

/** Inserts a missing topic's safety text (the caveat finding's fix), if the document has not changed since. */
export async function insertTopic(provider: ChecklistProvider, item: { uri: string; id: string }): Promise<boolean> {
  const s = provider.summaryFor(item.uri);
  const info = s?.topics[item.id];
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === item.uri);
  if (!s || !info?.edit || !doc || doc.version !== s.version) {
    void vscode.window.showInformationMessage('Fair Balance: no safety text to insert for this topic (or the article changed; try again in a moment).');
    return false;
  }
  const { range: r, newText } = info.edit;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), newText);
  return vscode.workspace.applyEdit(edit);
}
