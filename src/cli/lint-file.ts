// One file, start to finish: settings, read, decode, lint (and fix), write back. Runs on the main
// thread or in a worker, so its input and output are plain data. Never throws for a bad file: a
// file it cannot read becomes a fairbalance-unread finding, other problems a one-line note.

import { relative } from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { splitBom } from '../core/text.js';
import { lint, lintAndFix } from '../node/index.js';
import { FileReadError, readRegularFile } from '../node/safe-read.js';
import { ConfigError, type ResolvedConfig } from '../core/config.js';
import { formatOf } from '../core/lint.js';
import { metaSeverity } from '../core/meta.js';
import { ruleUrl } from '../core/rule.js';
import type { Finding, FixKind, LintResult } from '../core/types.js';
import { configFor, type ConfigOptions } from './config.js';
import { decode, encode } from './decode.js';
import { writeIfUnchanged } from './write.js';
import type { FileNote } from './formatters/types.js';

export interface JobOptions extends ConfigOptions {
  /** Paths in diffs are relative to this folder. */
  cwd: string;
  fix: 'none' | 'write' | 'dry-run';
  fixKinds: FixKind[];
  /** --max-file-size; else the config's maxFileSize. */
  maxFileSize?: number;
  /** Stack traces in internal-error notes. */
  debug?: boolean;
}

/** A warning leaves the exit code alone; an error (I/O) makes it 2. */
export type Note = Omit<FileNote, 'path'>;

export interface FileOutcome {
  path: string;
  /** Findings (after fixing, when fixing); missing when the file was skipped. */
  result?: LintResult;
  notes: Note[];
  /** The file was rewritten by --fix. */
  fixed?: boolean;
  /** --fix-dry-run: the unified diff and the fixed text, when fixing would change the file. */
  diff?: string;
  output?: string;
  /** A broken config file: the whole run stops with exit 2. */
  configError?: string;
}

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Lints (and fixes) text already in memory: shared by files and --stdin. */
export function lintText(text: string, filePath: string, config: ResolvedConfig, options: JobOptions): { result: LintResult; output: string } {
  if (options.fix === 'none') return { result: lint(text, { filePath, config }), output: text };
  const { output, result } = lintAndFix(text, { filePath, config, kinds: options.fixKinds });
  return { result, output };
}

/** The change as a unified diff (`a/` and `b/` labels, as git prints them); a BOM is left out. */
export function unifiedDiff(label: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${label}`, `b/${label}`, splitBom(before).text, splitBom(after).text, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

/**
 * Fail closed: a file Fair Balance could not read is a finding on it (an error unless the config
 * lowers `fairbalance-unread`), so every format shows it and CI does not pass it unread.
 */
export function unreadResult(path: string, message: string, config?: Pick<ResolvedConfig, 'rules'>): LintResult {
  const severity = metaSeverity('fairbalance-unread', config?.rules) || 2;
  const finding: Finding = { ruleId: 'fairbalance-unread', category: 'meta', severity, message: `Fair Balance did not lint this file: ${message}.`, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1, url: ruleUrl('fairbalance-unread'), fixes: [] };
  return { filePath: path, findings: [finding], summary: { format: formatOf(path), therapies: [], topics: [] } };
}

export function lintFile(path: string, options: JobOptions): FileOutcome {
  const notes: Note[] = [];
  const outcome: FileOutcome = { path, notes };
  let config;
  try {
    config = configFor(path, options);
  } catch (e) {
    if (e instanceof ConfigError) return { ...outcome, configError: e.message };
    throw e;
  }
  const unread = (message: string): FileOutcome => ({ ...outcome, result: unreadResult(path, message, config) });
  const limit = options.maxFileSize ?? config.maxFileSize;
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, { maxBytes: limit }).bytes;
  } catch (e) {
    if (e instanceof FileReadError) {
      return unread(e.reason === 'too-big' ? `${size(e.size)} is over the ${size(limit)} limit (maxFileSize or --max-file-size)` : 'it is not a regular file');
    }
    return unread(`cannot read it (${errorCode(e)})`);
  }
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') return unread('it looks binary (NUL bytes)');
  if (decoded.nuls) notes.push({ level: 'warning', message: `${decoded.nuls === 1 ? 'a NUL byte' : `${decoded.nuls} NUL bytes`} in the text; linted around ${decoded.nuls === 1 ? 'it' : 'them'}` });
  const badEncoding = decoded.encoding === 'utf8' ? 'invalid UTF-8' : 'invalid UTF-16 (a lone surrogate or an odd byte)';
  if (decoded.lossy) notes.push({ level: 'warning', message: `${badEncoding}; linted with U+FFFD in place of the bad bytes` });

  const { result, output } = lintText(decoded.text, path, config, options);
  outcome.result = result;
  if (output === decoded.text) return outcome;
  if (options.fix === 'dry-run') return { ...outcome, diff: unifiedDiff(relative(options.cwd, path) || path, decoded.text, output), output };
  if (decoded.lossy) {
    notes.push({ level: 'warning', message: `not fixed: writing it would replace its ${badEncoding.replace(/ \(.*\)$/, '')} bytes` });
  } else {
    const after = encode(output, decoded.encoding);
    if (after.equals(bytes)) return outcome;
    const written = writeIfUnchanged(path, after, bytes);
    if (written.ok) return { ...outcome, fixed: true };
    if (written.reason === 'changed') notes.push({ level: 'warning', message: 'changed since it was read; not fixed' });
    else if (written.reason === 'read-only') notes.push({ level: 'error', message: 'read-only; not fixed' });
    else notes.push({ level: 'error', message: `cannot write: ${written.detail}` });
  }
  // The file keeps its old text, so report that text's findings.
  outcome.result = lint(decoded.text, { filePath: path, config });
  return outcome;
}

/** lintFile, with a bug in a rule turned into an error note for that file instead of a crash. */
export function lintFileSafely(path: string, options: JobOptions): FileOutcome {
  try {
    return lintFile(path, options);
  } catch (e) {
    const detail = options.debug && e instanceof Error && e.stack ? e.stack : (e as Error)?.message ?? String(e);
    return { path, notes: [{ level: 'error', message: `internal error: ${detail}${options.debug ? '' : ' (run with --debug for details)'}` }] };
  }
}
