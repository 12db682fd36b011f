// The "Safety Checklist" tree view: for the active article, the therapies detected, each required
// safety topic (present or missing) and, when the rules measure it, the reading grade against its
// target. Labels are plain strings in a TreeView (never HTML), so nothing from the document is
// ever rendered as markup. Each row has one icon; tooltips use the topic's name, not its id.

import * as vscode from 'vscode';
import type { DocumentSummary } from '../core/types.js';
import type { SummaryParams } from '../server/protocol.js';

type Item =
  | { kind: 'therapies'; names: string[] }
  | { kind: 'topic'; uri: string; version: number | null; id: string; present: boolean; info?: SummaryParams['topics'][string] }
  | { kind: 'readability'; readability: NonNullable<DocumentSummary['readability']> }
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

/** A topic's name for people ("Who should not use it"); an unknown id becomes words ("new topic"). */
export const topicLabel = (id: string) => TOPIC_LABELS[id] ?? id.replace(/[-_]+/g, ' ');

const FORMULAS: Record<string, string> = {
  'flesch-kincaid': 'Flesch-Kincaid grade',
  fkgl: 'Flesch-Kincaid grade',
  smog: 'SMOG',
  'coleman-liau': 'Coleman-Liau index',
  ari: 'Automated Readability Index',
  'gunning-fog': 'Gunning fog index',
};
const formulaName = (formula: string) => FORMULAS[formula.toLowerCase()] ?? formula.replace(/[-_]+/g, ' ');
const grade = (n: number) => (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '');

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

  /** The missing topics of an article, by name (for the status bar). */
  missingTopics(uri: string): string[] {
    return this.topicsOf(this.summaries.get(uri))
      .filter((t) => !t.present)
      .map((t) => topicLabel(t.id));
  }

  private topicsOf(s: SummaryParams | undefined): { id: string; present: boolean }[] {
    if (!s) return [];
    // Until the summary is filled in, the caveat findings are the missing topics.
    return s.summary.topics.length ? s.summary.topics : Object.keys(s.topics).map((id) => ({ id, present: false }));
  }

  private activeUri(): string | undefined {
    return vscode.window.activeTextEditor?.document.uri.toString();
  }

  getChildren(element?: Item): Item[] {
    if (element) return [];
    const uri = this.activeUri();
    const s = uri ? this.summaries.get(uri) : undefined;
    if (!uri || !s) return [{ kind: 'empty', text: 'Open a Markdown or text article to see its safety checklist.' }];
    const topics = this.topicsOf(s);
    const readability = s.summary.readability;
    const items: Item[] = [];
    if (s.summary.therapies.length || topics.length) {
      items.push({ kind: 'therapies', names: s.summary.therapies });
      for (const t of topics) items.push({ kind: 'topic', uri, version: s.version, id: t.id, present: t.present, info: s.topics[t.id] });
    } else items.push({ kind: 'empty', text: 'No therapy detected: no safety topics required.' });
    if (readability) items.push({ kind: 'readability', readability });
    return items;
  }

  getTreeItem(item: Item): vscode.TreeItem {
    if (item.kind === 'empty') return new vscode.TreeItem(item.text);
    if (item.kind === 'therapies') {
      const t = new vscode.TreeItem(`Therapies: ${item.names.length ? item.names.join(', ') : 'none detected'}`);
      t.iconPath = new vscode.ThemeIcon('beaker');
      t.tooltip = item.names.length ? 'The therapies this article is about: they decide which safety topics it needs.' : 'No therapy detected.';
      return t;
    }
    if (item.kind === 'readability') {
      const { grade: g, target, formula } = item.readability;
      const met = g <= target;
      const t = new vscode.TreeItem(`Readability: grade ${grade(g)}`);
      t.description = `target ${grade(target)}`;
      t.tooltip = `Reading grade ${grade(g)} (${formulaName(formula)}); the target is grade ${grade(target)} or lower${met ? '.' : ': shorter sentences and plainer words bring it down.'}`;
      t.iconPath = new vscode.ThemeIcon(met ? 'pass' : 'warning', new vscode.ThemeColor(met ? 'testing.iconPassed' : 'list.warningForeground'));
      return t;
    }
    const name = topicLabel(item.id);
    const t = new vscode.TreeItem(name);
    t.description = item.present ? 'present' : 'missing';
    t.iconPath = new vscode.ThemeIcon(item.present ? 'pass' : 'error', new vscode.ThemeColor(item.present ? 'testing.iconPassed' : 'testing.iconFailed'));
    if (item.present) {
      t.tooltip = `${name}: the article covers this.`;
      return t;
    }
    t.contextValue = item.info?.edit ? 'missingTopicFixable' : 'missingTopic';
    t.tooltip = `${name}: missing. Click to go to the finding${item.info?.edit ? '; + inserts safety text on this topic alone' : ''}.`;
    if (item.info) {
      const r = item.info.range;
      t.command = {
        title: 'Go to finding',
        command: 'vscode.open',
        arguments: [vscode.Uri.parse(item.uri), { selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) }],
      };
    }
    return t;
  }
}

/** The range `newText` occupies once inserted at `at`, without its leading and trailing blank space. */
function insertedRange(doc: vscode.TextDocument, at: vscode.Position, newText: string): vscode.Range {
  const start = doc.offsetAt(at);
  const lead = newText.length - newText.trimStart().length;
  const trail = newText.length - newText.trimEnd().length;
  return new vscode.Range(doc.positionAt(start + lead), doc.positionAt(start + Math.max(lead, newText.length - trail)));
}

/**
 * Inserts one missing topic's safety text (its caveat finding's own fix), if the document has not
 * changed since, and shows it: the editor opens on the article with the new text selected.
 */
export async function insertTopic(provider: ChecklistProvider, item: { uri: string; id: string }): Promise<boolean> {
  const s = provider.summaryFor(item.uri);
  const info = s?.topics[item.id];
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === item.uri);
  if (!s || !info?.edit || !doc || doc.version !== s.version) {
    void vscode.window.showInformationMessage('Fair Balance: no safety text to insert for this topic (or the article changed; try again in a moment).');
    return false;
  }
  const { range: r, newText } = info.edit;
  const at = new vscode.Position(r.start.line, r.start.character);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(at, new vscode.Position(r.end.line, r.end.character)), newText);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: false });
  const inserted = insertedRange(doc, at, newText);
  editor.selection = new vscode.Selection(inserted.start, inserted.end);
  editor.revealRange(inserted, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
