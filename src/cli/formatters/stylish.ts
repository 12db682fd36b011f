// --format stylish: a readable report grouped by file, with a summary line.
// Colour only on a terminal, and never when NO_COLOR is set.

import { relative } from 'node:path';
import pc from 'picocolors';
import type { FileReport } from './types.js';

export function formatStylish(reports: FileReport[], cwd: string, color: boolean): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { path, result } of reports) {
    if (!result.findings.length) continue;
    out.push(c.underline(relative(cwd, path) || path));
    const rows = result.findings.map((f) => {
      if (f.severity === 2) errors++;
      else warnings++;
      return [`${f.line}:${f.column}`, f.severity === 2 ? c.red('error') : c.yellow('warning'), f.message, c.dim(f.messageId ? `${f.ruleId} (${f.messageId})` : f.ruleId)];
    });
    const width = Math.max(...rows.map((r) => r[0].length));
    for (const r of rows) out.push(`  ${r[0].padEnd(width)}  ${r[1]}  ${r[2]}  ${r[3]}`);
    out.push('');
  }
  const total = errors + warnings;
  if (total) {
    const line = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${reports.length} file${reports.length === 1 ? '' : 's'}`;
    out.push(errors ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
  } else out.push(c.green(`✔ no problems in ${reports.length} file${reports.length === 1 ? '' : 's'}`));
  return out.join('\n') + '\n';
}
