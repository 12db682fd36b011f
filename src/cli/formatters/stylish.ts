// --format stylish: a readable report grouped by file, with a summary line.
// Colour only on a terminal, and never when NO_COLOR is set. Messages, paths and rule names are
// printed with control characters escaped (an article's text must not drive the terminal).

import pc from 'picocolors';
import { byCodeUnits } from '../../core/text.js';
import { visible } from '../escape.js';
import { displayPath } from './paths.js';
import type { StreamFormat } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const stylish: StreamFormat = {
  head: () => '',
  items(report, { cwd, color }) {
    if (!report?.result.findings.length) return [];
    const { path, result } = report;
    const c = pc.createColors(color);
    const rows = result.findings.map((f) => [
      `${f.line}:${f.column}`,
      f.severity === 2 ? c.red('error  ') : c.yellow('warning'),
      visible(f.message),
      c.dim(visible(f.messageId ? `${f.ruleId} (${f.messageId})` : f.ruleId)),
    ]);
    const width = Math.max(...rows.map((r) => r[0].length));
    return [[c.underline(visible(displayPath(path, cwd))), ...rows.map((r) => `  ${r[0].padEnd(width)}  ${r[1]}  ${r[2]}  ${r[3]}`), ''].join('\n') + '\n'];
  },
  separator: '',
  tail({ files, errors, warnings, fixable, fixableBy }, { color }) {
    const c = pc.createColors(color);
    const total = errors + warnings;
    const out: string[] = [];
    if (total) {
      const line = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}`;
      out.push(errors ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
      // What plain --fix applies (a safe fix), and the flag for the rest.
      const others = Object.entries(fixableBy).sort(([a], [b]) => byCodeUnits(a, b)).map(([kind, n]) => `${n} with --fix --fix-type ${kind}`);
      if (fixable || others.length) out.push(c.dim(`  ${[fixable ? `${plural(fixable, 'problem')} fixable with --fix` : '', ...others].filter(Boolean).join('; ')}`));
    } else out.push(c.green(`✔ no problems in ${plural(files, 'file')}`));
    return out.join('\n') + '\n';
  },
};
