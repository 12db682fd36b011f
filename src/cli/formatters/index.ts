// The report formats, by --format name: each written file by file (see StreamFormat), and as a
// whole report from a list of files (`formatters`).

import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { formatSummary } from './summary.js';
import { formatSummaryJson } from './summary-json.js';
import type { FileReport, FormatContext, Formatter, RunSummary, StreamFormat } from './types.js';

/**
 * A format written from all the files at once (`(reports, context) => text`), such as a site
 * audit: the files' reports travel as JSON (from the worker threads) and are kept to the end.
 */
export function wholeReport(formatter: Formatter): StreamFormat {
  return {
    head: () => '',
    items: (report) => (report ? [JSON.stringify(report)] : []),
    separator: '',
    tail: () => '',
    whole: formatter,
  };
}

export const formats = { stylish, json, sarif, github, junit, summary: wholeReport(formatSummary), 'summary-json': wholeReport(formatSummaryJson) } satisfies Record<string, StreamFormat>;
export type FormatName = keyof typeof formats;
export const FORMATS = Object.keys(formats) as FormatName[];

/** The whole report at once: what the streaming writer (src/cli/report.ts) produces for these files. */
function whole(format: StreamFormat): Formatter {
  return (reports: FileReport[], context: FormatContext) => {
    if (format.whole) return format.whole(reports, context);
    const summary: RunSummary = { files: reports.length, errors: 0, warnings: 0, fixable: 0, fixableBy: {}, shown: 0, tests: 0, dropped: 0, notes: context.notes ?? [] };
    let items: string[] = [];
    for (const r of reports) {
      for (const f of r.result.findings) {
        if (f.severity === 2) summary.errors++;
        else summary.warnings++;
        if (f.fixes.some((x) => x.kind === 'safe')) summary.fixable++;
        for (const kind of new Set(f.fixes.map((x) => x.kind))) if (kind !== 'safe') summary.fixableBy[kind] = (summary.fixableBy[kind] ?? 0) + 1;
      }
      summary.shown += r.result.findings.length;
      summary.tests += Math.max(1, r.result.findings.length);
      items.push(...format.items(r, context, []));
    }
    if (format.maxItems !== undefined && items.length > format.maxItems) {
      summary.dropped = items.length - format.maxItems;
      items = items.slice(0, format.maxItems);
    }
    return format.head(context, summary) + items.join(format.separator) + format.tail(summary, context);
  };
}

export const formatters = Object.fromEntries(FORMATS.map((name) => [name, whole(formats[name])])) as Record<FormatName, Formatter>;
