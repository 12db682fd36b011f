// The language server proper, on any LSP connection (IPC in VS Code, streams in tests).
// Lints open documents on open/change (debounced, latest version wins), on save when
// `run` is onSave, and again when settings or a config file change; clears on close.

import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf } from '../core/lint.js';
import { ConfigError } from '../core/config.js';
import { rulesById } from '../core/registry.js';
import { builtInRegistry, clearConfigCache, lint, resolveConfig } from '../node/index.js';
import type { Finding, LintResult } from '../core/types.js';
import { fixAllAction, FIX_ALL_KIND, quickFixes } from './actions.js';
import { rangeOf, toDiagnostic } from './convert.js';
import { LintScheduler } from './scheduler.js';
import { configFor, isExcluded, normalizeSettings, settingsConfig } from './settings.js';
import { addWordToConfig } from './words.js';
import {
  ADD_WORD_COMMAND,
  DEFAULT_SETTINGS,
  LINT_FILES_REQUEST,
  SUMMARY_NOTIFICATION,
  type LintFilesParams,
  type LintFilesResult,
  type Settings,
  type SummaryParams,
} from './protocol.js';

export interface ServerOptions {
  debounceMs?: number;
}

const CONFIG_FILE = /(^|[\\/])(\.fairbalancerc\.(json|ya?ml)|package\.json)$/;

const pathOf = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

export function startServer(connection: Connection, options: ServerOptions = {}) {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  let roots: string[] = [];
  /** The last published result per open document: for hover and fix-all. One entry per document. */
  const last = new Map<string, { version: number; findings: Finding[] }>();
  const reported = new Set<string>();
  /** Config files that currently carry an error diagnostic. */
  const brokenConfigs = new Set<string>();

  /** One error diagnostic on the config file itself, at the line and column when the error has them. */
  function reportConfigError(e: ConfigError) {
    const uri = pathToFileURL(e.file).href;
    const at = /line (\d+), column (\d+)/.exec(e.detail);
    const line = at ? Number(at[1]) - 1 : 0;
    const character = at ? Math.max(0, Number(at[2]) - 1) : 0;
    brokenConfigs.add(uri);
    void connection.sendDiagnostics({
      uri,
      diagnostics: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, severity: 1, source: 'Fair Balance', code: 'config', message: `${e.key ? `${e.key}: ` : ''}${e.detail} (other files are linted with the default settings)` }],
    });
  }

  function clearConfigErrors() {
    for (const uri of brokenConfigs) void connection.sendDiagnostics({ uri, diagnostics: [] });
    brokenConfigs.clear();
  }

  const rootFor = (path: string) => roots.filter((r) => path === r || path.startsWith(r.endsWith('/') ? r : `${r}/`)).sort((a, b) => b.length - a.length)[0];

  function lintText(text: string, uri: string, languageId?: string): LintResult | undefined {
    const path = pathOf(uri);
    if (!settings.enable) return undefined;
    const root = path ? rootFor(path) : undefined;
    if (path && isExcluded(path, settings, root)) return undefined;
    const format = path ? formatOf(path) : languageId === 'plaintext' ? 'text' : 'markdown';
    let config;
    try {
      config = path ? configFor(path, settings, root).config : configFor(root ?? process.cwd(), settings).config;
    } catch (e) {
      const msg = `Fair Balance: ${(e as Error).message}`;
      if (!reported.has(msg)) {
        reported.add(msg);
        if (e instanceof ConfigError && /^(\/|[A-Za-z]:)/.test(e.file)) reportConfigError(e);
        else void connection.window.showWarningMessage(msg);
      }
      config = resolveConfig(settingsConfig(settings));
    }
    return lint(text, { filePath: path, config, format });
  }

  const scheduler = new LintScheduler<LintResult | undefined>(
    {
      currentVersion: (uri) => documents.get(uri)?.version,
      run(uri) {
        const doc = documents.get(uri);
        if (!doc) return undefined;
        return { version: doc.version, result: lintText(doc.getText(), uri, doc.languageId) };
      },
      publish(uri, version, result) {
        const doc = documents.get(uri);
        if (!doc) return;
        const findings = result?.findings ?? [];
        last.set(uri, { version, findings });
        void connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(doc, f)) });
        const topics: SummaryParams['topics'] = {};
        for (const f of findings) {
          if (f.category !== 'caveat' || !f.messageId) continue;
          const fix = f.fixes.find((x) => x.kind === 'caveat');
          topics[f.messageId] = { range: rangeOf(doc, f.start, f.end), ...(fix ? { edit: { range: rangeOf(doc, fix.range[0], fix.range[1]), newText: fix.text } } : {}) };
        }
        const summary = result?.summary ?? { format: formatOf(pathOf(uri)), therapies: [], topics: [] };
        void connection.sendNotification(SUMMARY_NOTIFICATION, { uri, version, summary, topics } satisfies SummaryParams);
      },
    },
    options.debounceMs ?? 300,
  );

  const relintAll = () => {
    for (const doc of documents.all()) scheduler.schedule(doc.uri, 0);
  };

  connection.onInitialize((params): InitializeResult => {
    settings = normalizeSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    roots = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: [ADD_WORD_COMMAND] },
      },
      serverInfo: { name: 'fairbalance' },
    };
  });

  connection.onDidChangeConfiguration((params) => {
    const raw = (params.settings as { fairbalance?: unknown } | undefined)?.fairbalance;
    if (raw !== undefined) settings = normalizeSettings(raw);
    reported.clear();
    if (!settings.enable) for (const doc of documents.all()) void connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    relintAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((c) => CONFIG_FILE.test(c.uri))) return;
    clearConfigCache();
    reported.clear();
    clearConfigErrors();
    relintAll();
  });

  documents.onDidChangeContent(({ document }) => {
    const first = !last.has(document.uri);
    if (first) scheduler.schedule(document.uri, 0);
    else if (settings.run === 'onType') scheduler.schedule(document.uri);
  });
  documents.onDidSave(({ document }) => {
    if (settings.run === 'onSave') scheduler.schedule(document.uri, 0);
  });
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    last.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(doc, params.context.diagnostics, params.context.diagnostics));
    if (only && wants(FIX_ALL_KIND)) {
      const cached = last.get(doc.uri);
      const findings = cached && cached.version === doc.version ? cached.findings : (lintText(doc.getText(), doc.uri, doc.languageId)?.findings ?? []);
      const fixAll = fixAllAction(doc, findings);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    const cached = last.get(params.textDocument.uri);
    if (!doc || !cached || cached.version !== doc.version) return null;
    const at = doc.offsetAt(params.position);
    const hits = cached.findings.filter((f) => f.start <= at && at <= f.end && f.category !== 'caveat');
    if (!hits.length) return null;
    const ids = [...new Set(hits.map((f) => f.ruleId))];
    const value = ids
      .map((id) => {
        const rule = rulesById(builtInRegistry).get(id);
        const url = hits.find((f) => f.ruleId === id)?.url;
        return `**Fair Balance: ${id}**: ${rule?.meta.docs.description ?? ''}${url ? `\n\n[Rule documentation](${url})` : ''}`;
      })
      .join('\n\n---\n\n');
    const f = hits[0];
    return { contents: { kind: 'markdown', value }, range: rangeOf(doc, f.start, f.end) };
  });

  connection.onExecuteCommand((params) => {
    if (params.command !== ADD_WORD_COMMAND) return;
    const [uri, word] = (params.arguments ?? []) as [string, string];
    const path = typeof uri === 'string' ? pathOf(uri) : undefined;
    if (!path || typeof word !== 'string' || !word) return;
    try {
      clearConfigCache(); // look at the disk as it is now: a config file may be new
      addWordToConfig(path, word, rootFor(path));
    } catch (e) {
      void connection.window.showErrorMessage(`Fair Balance: could not add "${word}": ${(e as Error).message}`);
    }
    clearConfigCache();
    relintAll();
  });

  connection.onRequest(LINT_FILES_REQUEST, (params: LintFilesParams): LintFilesResult => {
    let linted = 0;
    let problems = 0;
    for (const uri of params.uris) {
      const open = documents.get(uri);
      if (open) {
        scheduler.runNow(uri);
        problems += last.get(uri)?.findings.length ?? 0;
        linted++;
        continue;
      }
      const path = pathOf(uri);
      if (!path) continue;
      try {
        const size = statSync(path).size;
        if (size > 2 * 1024 * 1024) continue;
        const text = readFileSync(path, 'utf8');
        const result = lintText(text, uri);
        const doc = TextDocument.create(uri, formatOf(path) === 'text' ? 'plaintext' : 'markdown', 0, text.replace(/^\uFEFF/, ''));
        const diagnostics = (result?.findings ?? []).map((f) => toDiagnostic(doc, f));
        void connection.sendDiagnostics({ uri, diagnostics });
        problems += diagnostics.length;
        linted++;
      } catch {
        // unreadable file: skip it
      }
    }
    return { linted, problems };
  });

  documents.listen(connection);
  connection.onShutdown(() => scheduler.dispose());
  return {
    documents,
    scheduler,
    /** For tests: the number of per-document entries the server holds. */
    stats: () => ({ documents: documents.all().length, results: last.size, pending: scheduler.pending }),
  };
}
