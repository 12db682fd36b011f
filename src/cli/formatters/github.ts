// --format github: GitHub Actions workflow commands, which become annotations on the pull request:
//   ::error file=a.md,line=3,col=10,endLine=3,endColumn=24,title=claim-absolute::message
// Escaping as the Actions runner expects: in the message %, CR and LF; in properties also : and ,.

import { displayPath } from './paths.js';
import type { FileNote, StreamFormat } from './types.js';

export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const noteLine = (n: FileNote, cwd: string) => `::${n.level} file=${escapeProperty(displayPath(n.path, cwd))},title=fairbalance::${escapeData(n.message)}\n`;

export const github: StreamFormat = {
  // Notes known before linting (files the ignore file excludes).
  head: ({ cwd, notes = [] }) => notes.map((n) => noteLine(n, cwd)).join(''),
  items(report, { cwd }, notes) {
    const lines = notes.map((n) => noteLine(n, cwd));
    if (!report) return lines;
    const file = escapeProperty(displayPath(report.path, cwd));
    for (const f of report.result.findings) {
      const props = [`file=${file}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(f.ruleId)}`];
      lines.push(`::${f.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(`${f.message} (${f.ruleId}, ${f.url})`)}\n`);
    }
    return lines;
  },
  separator: '',
  tail: () => '',
};
