// The language server proper, on any LSP connection (IPC or streams under Node, a Web Worker in
// the browser), given a host for the registry, resources and file access (host.ts). Lints open
// documents on open/change (debounced, latest version wins), on save when `run` is onSave, and
// again when settings or a config file change; clears on close.

import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf, lint } from '../core/lint.js';
import { ConfigError, type ResolvedConfig } from '../core/config.js';
import { rulesById } from '../core/registry.js';
import type { Finding, LintResult } from '../core/types.js';
import { fixAllAction, FIX_ALL_KIND, quickFixes } from './actions.js';
import { BrokenConfig, ConfigLookup } from './config-lookup.js';
import { rangeOf, toDiagnostic } from './convert.js';
import type { ServerHost } from './host.js';
import { LintScheduler } from './scheduler.js';
import { isExcluded, mergeConfig, normalizeSettings } from './settings.js';
import { childOf, folderOf, innermost, nameOf, normalizeFolder, pathOf, relativeTo } from './uris.js';
import { NEW_CONFIG_NAME, withWord } from './words.js';
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
/** Lint Workspace skips files larger than this. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The safety checklist's edit for one missing topic: caveat-missing offers the section with every
 * missing topic first and, when several are missing, the topic's own paragraphs last.
 */
function topicEdit(f: Finding) {
  const caveatFixes = f.fixes.filter((x) => x.kind === 'caveat');
  return caveatFixes[caveatFixes.length - 1];
}

export function startServer(connection: Connection, host: ServerHost, options: ServerOptions = {}) {
  const { registry, resources } = host;
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigLookup(host);
  let settings: Settings = DEFAULT_SETTINGS;
  /** Workspace folder URIs. */
  let roots: string[] = [];
  /** The last published result per open document: for hover and fix-all. One entry per document. */
  const last = new Map<string, { version: number; findings: Finding[] }>();
  const reported = new Set<string>();
  /** Config files that currently carry an error diagnostic. */
  const brokenConfigs = new Set<string>();

  /** One error diagnostic on the config file itself, at the line and column when the error has them. */
  function reportConfigError(uri: string, e: ConfigError) {
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

  /** Settings under the config file that applies to `uri` (the settings alone when that file is broken). */
  async function configFor(uri: string): Promise<ResolvedConfig> {
    const root = innermost(roots, uri);
    const folder = folderOf(uri) ?? roots[0]; // an untitled document: the first workspace folder's config
    if (!folder) return mergeConfig({}, settings, registry);
    try {
      const found = await configs.find(folder);
      // Overrides' globs are matched from the config file's folder (else the workspace folder's).
      const base = (found.uri && folderOf(found.uri)) ?? root ?? folder;
      return mergeConfig(found.config, settings, registry, relativeTo(base, uri));
    } catch (e) {
      const error = e instanceof BrokenConfig ? e.error : e;
      const msg = `Fair Balance: ${(error as Error).message}`;
      if (!reported.has(msg)) {
        reported.add(msg);
        if (e instanceof BrokenConfig) reportConfigError(e.uri, e.error);
        else void connection.window.showWarningMessage(msg);
      }
      return mergeConfig({}, settings, registry);
    }
  }

  async function lintText(text: string, uri: string, languageId?: string): Promise<LintResult | undefined> {
    if (!settings.enable) return undefined;
    const root = innermost(roots, uri);
    const relative = root ? relativeTo(root, uri) : pathOf(uri);
    if (relative !== undefined && isExcluded(relative, settings)) return undefined;
    const filePath = host.filePathOf(uri);
    const format = filePath ? formatOf(filePath) : languageId === 'plaintext' ? 'text' : 'markdown';
    const config = await configFor(uri);
    return lint(text, { registry, resources, filePath, config, format });
  }

  const scheduler = new LintScheduler<LintResult | undefined>(
    {
      currentVersion: (uri) => documents.get(uri)?.version,
      async run(uri) {
        const doc = documents.get(uri);
        if (!doc) return undefined;
        const version = doc.version;
        return { version, result: await lintText(doc.getText(), uri, doc.languageId) };
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
          const fix = topicEdit(f);
          topics[f.messageId] = { range: rangeOf(doc, f.start, f.end), ...(fix ? { edit: { range: rangeOf(doc, fix.range[0], fix.range[1]), newText: fix.text } } : {}) };
        }
        const summary = result?.summary ?? { format: formatOf(host.filePathOf(uri)), therapies: [], topics: [] };
        void connection.sendNotification(SUMMARY_NOTIFICATION, { uri, version, summary, topics } satisfies SummaryParams);
      },
      onError(uri, e) {
        void connection.window.showErrorMessage(`Fair Balance: could not lint ${nameOf(uri)}: ${(e as Error).message}`);
      },
    },
    options.debounceMs ?? 300,
  );

  const relintAll = () => {
    for (const doc of documents.all()) scheduler.schedule(doc.uri, 0);
  };

  connection.onInitialize((params): InitializeResult => {
    settings = normalizeSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    roots = (params.workspaceFolders ?? []).map((f) => normalizeFolder(f.uri));
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
    configs.clear();
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

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(doc, params.context.diagnostics));
    if (only && wants(FIX_ALL_KIND)) {
      const cached = last.get(doc.uri);
      const version = doc.version;
      const findings = cached && cached.version === version ? cached.findings : ((await lintText(doc.getText(), doc.uri, doc.languageId))?.findings ?? []);
      const fixAll = doc.version === version ? fixAllAction(doc, findings) : undefined; // the text changed while linting
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
        const rule = rulesById(registry).get(id);
        const url = hits.find((f) => f.ruleId === id)?.url;
        return `**Fair Balance: ${id}**: ${rule?.meta.docs.description ?? ''}${url ? `\n\n[Rule documentation](${url})` : ''}`;
      })
      .join('\n\n---\n\n');
    const f = hits[0];
    return { contents: { kind: 'markdown', value }, range: rangeOf(doc, f.start, f.end) };
  });

  /** Adds `word` to the config file that applies to `uri`, or creates one at its workspace folder. */
  async function addWord(uri: string, word: string): Promise<void> {
    const folder = folderOf(uri);
    if (!folder) throw new Error('the document is not saved in a folder');
    configs.clear(); // look at the files as they are now: a config file may be new
    let found;
    try {
      found = await configs.find(folder);
    } catch (e) {
      throw e instanceof BrokenConfig ? e.error : e;
    }
    const target = found.uri ?? childOf(innermost(roots, uri) ?? folder, NEW_CONFIG_NAME);
    const text = found.uri ? ((await host.readFile(found.uri)) ?? '') : '';
    await host.writeFile(target, withWord(nameOf(target), text, word));
  }

  connection.onExecuteCommand(async (params) => {
    if (params.command !== ADD_WORD_COMMAND) return;
    const [uri, word] = (params.arguments ?? []) as [string, string];
    if (typeof uri !== 'string' || typeof word !== 'string' || !word) return;
    try {
      await addWord(uri, word);
    } catch (e) {
      void connection.window.showErrorMessage(`Fair Balance: could not add "${word}": ${(e as Error).message}`);
    }
    configs.clear();
    relintAll();
  });

  connection.onRequest(LINT_FILES_REQUEST, async (params: LintFilesParams): Promise<LintFilesResult> => {
    let linted = 0;
    let problems = 0;
    for (const uri of params.uris) {
      if (documents.get(uri)) {
        await scheduler.runNow(uri);
        problems += last.get(uri)?.findings.length ?? 0;
        linted++;
        continue;
      }
      try {
        const text = await host.readFile(uri, MAX_FILE_BYTES);
        if (text === undefined) continue;
        const result = await lintText(text, uri);
        const doc = TextDocument.create(uri, result?.summary.format === 'text' ? 'plaintext' : 'markdown', 0, text.replace(/^\uFEFF/, ''));
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
