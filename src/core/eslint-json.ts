// The ESLint-style JSON report (RUBRIC section 4): what `--format json` prints and the scorer reads.

import type { Finding, LintResult } from './types.js';

export interface EslintMessage {
  ruleId: string;
  messageId?: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The fix `--fix` would apply (safe fixes only, as in ESLint). */
  fix?: { range: [number, number]; text: string };
  /** Every fix the finding offers, the preferred first. */
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export function toEslintMessage(f: Finding): EslintMessage {
  const safe = f.fixes[0]?.kind === 'safe' ? f.fixes[0] : undefined;
  return {
    ruleId: f.ruleId,
    ...(f.messageId ? { messageId: f.messageId } : {}),
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(safe ? { fix: { range: safe.range, text: safe.text } } : {}),
    ...(f.fixes.length ? { suggestions: f.fixes.map((x) => ({ desc: x.title, fix: { range: x.range, text: x.text } })) } : {}),
  };
}

export function toEslintResult(result: LintResult, filePath = result.filePath ?? '<text>'): EslintResult {
  const messages = result.findings.map(toEslintMessage);
  const count = (sev: 1 | 2, fixable = false) => messages.filter((m) => m.severity === sev && (!fixable || m.fix)).length;
  return {
    filePath,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}
