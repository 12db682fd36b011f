// --format stylish: a readable report grouped by file, with a summary line.
// Colour only on a terminal, and never when NO_COLOR is set.

import pc from 'picocolors';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const formatStylish: Formatter = (reports, { cwd, color }) => {
  const c = pc.createColors(color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  // What plain --fix applies (a safe fix), and what only another --fix-type would.
  const more = new Map<string, number>();
  for (const { path, result } of reports) {
    if (!result.findings.length) continue;
    out.push(c.underline(displayPath(path, cwd)));
    const rows = result.findings.map((f) => {
      if (f.severity === 2) errors++;
      else warnings++;
      if (f.fixes.some((x) => x.kind === 'safe')) fixable++;
      for (const kind of new Set(f.fixes.map((x) => x.kind))) if (kind !== 'safe') more.set(kind, (more.get(kind) ?? 0) + 1);
      return [`${f.line}:${f.column}`, f.severity === 2 ? c.red('error  ') : c.yellow('warning'), f.message, c.dim(f.messageId ? `${f.ruleId} (${f.messageId})` : f.ruleId)];
    });
    const width = Math.max(...rows.map((r) => r[0].length));
    for (const r of rows) out.push(`  ${r[0].padEnd(width)}  ${r[1]}  ${r[2]}  ${r[3]}`);
    out.push('');
  }
  const total = errors + warnings;
  if (total) {
    const line = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(reports.length, 'file')}`;
    out.push(errors ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
    const others = [...more].sort().map(([kind, n]) => `${n} with --fix --fix-type ${kind}`);
    if (fixable || others.length) out.push(c.dim(`  ${[fixable ? `${plural(fixable, 'problem')} fixable with --fix` : '', ...others].filter(Boolean).join('; ')}`));
  } else out.push(c.green(`✔ no problems in ${plural(reports.length, 'file')}`));
  return out.join('\n') + '\n';
};
