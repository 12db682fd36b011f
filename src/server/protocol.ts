// Messages between the VS Code client and the language server beyond the LSP itself.
// Plain data only, so both sides import this file without pulling in the other's runtime.

import type { DocumentSummary, Fix } from '../core/types.js';

export const SOURCE = 'Fair Balance';

/** What each diagnostic carries in `data`, so code actions need no second lint. */
export interface DiagnosticData {
  /** The document version the finding was computed for; fixes for other versions are not applied. */
  version: number;
  ruleId: string;
  category: string;
  messageId?: string;
  fixes: Fix[];
}

/** Settings under `fairbalance.*` (the client sends them; a config file wins where both speak). */
export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, 'off' | 'warn' | 'error'>;
  locale?: 'en-US' | 'en-GB';
  region?: string;
  exclude: string[];
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', rules: {}, exclude: [] };

/** Server -> client after each published lint: what the safety checklist shows. */
export const SUMMARY_NOTIFICATION = 'fairbalance/summary';
export interface SummaryParams {
  uri: string;
  version: number | null;
  summary: DocumentSummary;
  /** caveat findings: topic id -> its diagnostic range (LSP positions) and the edit that inserts that topic alone. */
  topics: Record<string, { range: LspRange; edit?: { range: LspRange; newText: string } }>;
}

/** Client -> server: lint these files (not necessarily open) and publish their diagnostics. */
export const LINT_FILES_REQUEST = 'fairbalance/lintFiles';
export interface LintFilesParams {
  uris: string[];
}
export interface LintFilesResult {
  linted: number;
  problems: number;
}

/**
 * Server -> client: a file's text, read through the editor's file system (workspace.fs). The
 * browser worker reads config files and unopened articles this way; the Node server reads
 * file: URIs from disk and asks for the others (a virtual workspace).
 */
export const READ_FILE_REQUEST = 'fairbalance/readFile';
export interface ReadFileParams {
  uri: string;
  /** Larger files are not read (`tooLarge`). */
  maxBytes?: number;
}
/** `text`, or nothing for a file that does not exist (or is a folder), or why it was not read. */
export interface ReadFileResult {
  text?: string;
  tooLarge?: boolean;
  error?: string;
}

/** Server -> client: writes a file through the editor's file system ("Add word" in the browser). */
export const WRITE_FILE_REQUEST = 'fairbalance/writeFile';
export interface WriteFileParams {
  uri: string;
  text: string;
}

/**
 * Client -> browser worker, the first message it is posted (before any LSP message): the term
 * lexicon, as the bytes of the extension's dist/lexicon.bin and the text of dist/lexicon.json,
 * or why they could not be read.
 */
export const LEXICON_MESSAGE = 'fairbalance/lexicon';
export interface LexiconMessage {
  type: typeof LEXICON_MESSAGE;
  trie?: Uint8Array;
  terms?: string;
  error?: string;
}

/** Commands the server executes (workspace/executeCommand). */
export const ADD_WORD_COMMAND = 'fairbalance.addWord';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
