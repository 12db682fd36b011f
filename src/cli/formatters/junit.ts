// --format junit: one <testsuite> per file, one failing <testcase> per finding (a clean file is
// one passing test case), for CI systems that show JUnit XML test reports.

import { displayPath } from './paths.js';
import type { StreamFormat } from './types.js';

// XML 1.0 cannot hold most control characters at all, even escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xml = (s: string) =>
  s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The totals come first in the XML, so the suites are kept (as text) until the end. */
export const junit: StreamFormat = {
  buffered: true,
  head: (_context, summary) => `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="fairbalance" tests="${summary?.tests ?? 0}" failures="${summary?.shown ?? 0}" errors="0">\n`,
  items(report, { cwd }) {
    if (!report) return [];
    const { path, result } = report;
    const file = xml(displayPath(path, cwd));
    const { findings } = result;
    const out = [`  <testsuite name="${file}" tests="${Math.max(1, findings.length)}" failures="${findings.length}" errors="0">`];
    if (!findings.length) out.push(`    <testcase name="${file}" classname="${file}" />`);
    for (const f of findings) {
      const severity = f.severity === 2 ? 'error' : 'warning';
      out.push(`    <testcase name="${xml(`${f.line}:${f.column} ${f.ruleId}`)}" classname="${file}">`);
      out.push(`      <failure message="${xml(f.message)}" type="${severity}">${xml(`${severity} at ${displayPath(path, cwd)}:${f.line}:${f.column}: ${f.message} (${f.ruleId}, ${f.url})`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
    return [out.join('\n') + '\n'];
  },
  separator: '',
  tail: () => '</testsuites>\n',
};
