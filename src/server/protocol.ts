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
  /** caveat findings: topic id -> its diagnostic range (LSP positions) and its first caveat fix as an LSP edit. */
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

/** Commands the server executes (workspace/executeCommand). */
export const ADD_WORD_COMMAND = 'fairbalance.addWord';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
