// --format junit: one <testsuite> per file, one failing <testcase> per finding (a clean file is
// one passing test case), for CI systems that show JUnit XML test reports.

import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

// XML 1.0 cannot hold most control characters at all, even escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xml = (s: string) =>
  s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export const formatJunit: Formatter = (reports, { cwd }) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  const failures = reports.reduce((n, r) => n + r.result.findings.length, 0);
  const tests = reports.reduce((n, r) => n + Math.max(1, r.result.findings.length), 0);
  out.push(`<testsuites name="fairbalance" tests="${tests}" failures="${failures}" errors="0">`);
  for (const { path, result } of reports) {
    const file = xml(displayPath(path, cwd));
    const { findings } = result;
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, findings.length)}" failures="${findings.length}" errors="0">`);
    if (!findings.length) out.push(`    <testcase name="${file}" classname="${file}" />`);
    for (const f of findings) {
      const severity = f.severity === 2 ? 'error' : 'warning';
      out.push(`    <testcase name="${xml(`${f.line}:${f.column} ${f.ruleId}`)}" classname="${file}">`);
      out.push(`      <failure message="${xml(f.message)}" type="${severity}">${xml(`${severity} at ${displayPath(path, cwd)}:${f.line}:${f.column}: ${f.message} (${f.ruleId}, ${f.url})`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
