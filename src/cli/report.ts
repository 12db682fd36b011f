// From one file's outcome to its part of the report, and the writer that puts the parts together
// in the files' order as they arrive: the run keeps text for files not yet written, never the
// findings of the whole run. `formatOutcome` runs where the file was linted (a worker thread).

import { formats, type FormatName } from './formatters/index.js';
import type { FileNote, FileReport, FormatContext, RunSummary } from './formatters/types.js';
import { visible } from './escape.js';
import { displayPath } from './formatters/paths.js';
import type { FileOutcome, Note } from './lint-file.js';

export interface FormattedFile {
  path: string;
  notes: Note[];
  /** The file's items in the report format (see StreamFormat); empty for a file not linted. */
  items: string[];
  errors: number;
  warnings: number;
  fixable: number;
  /** Findings with a fix of another kind (what only --fix-type <kind> applies), by kind. */
  fixableBy: Record<string, number>;
  shown: number;
  /** The file was linted (it has findings, maybe none); false when only notes remain. */
  linted: boolean;
  diff?: string;
  fixed?: boolean;
  configError?: string;
}

export interface ReportOptions {
  format: FormatName;
  context: FormatContext;
  /** --quiet: show errors only (warnings still count against --max-warnings). */
  quiet: boolean;
}

export function formatOutcome(o: FileOutcome, options: ReportOptions): FormattedFile {
  const base = { path: o.path, notes: o.notes, diff: o.diff, fixed: o.fixed, configError: o.configError };
  const notes: FileNote[] = o.notes.map((n) => ({ path: o.path, ...n }));
  const format = formats[options.format];
  if (!o.result) return { ...base, items: format.items(undefined, options.context, notes), errors: 0, warnings: 0, fixable: 0, fixableBy: {}, shown: 0, linted: false };
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const fixableBy: Record<string, number> = {};
  for (const f of o.result.findings) {
    if (f.severity === 2) errors++;
    else warnings++;
    // What plain --fix applies (a safe fix), and what only another --fix-type would.
    if (f.fixes.some((x) => x.kind === 'safe')) fixable++;
    for (const kind of new Set(f.fixes.map((x) => x.kind))) if (kind !== 'safe') fixableBy[kind] = (fixableBy[kind] ?? 0) + 1;
  }
  const result = options.quiet ? { ...o.result, findings: o.result.findings.filter((f) => f.severity === 2) } : o.result;
  const items = format.items({ path: o.path, result, ...(o.output !== undefined ? { output: o.output } : {}) }, options.context, notes);
  return { ...base, items, errors, warnings, fixable, fixableBy, shown: result.findings.length, linted: true };
}

export interface Sinks {
  /** The report (standard output, or --output-file). */
  report: (s: string) => void;
  /** --fix-dry-run diffs (standard output). */
  diff: (s: string) => void;
  /** Notes, one line each. */
  stderr: (s: string) => void;
}

/** Writes a report file by file; `add` must be called in the files' order. */
export class ReportWriter {
  readonly summary: RunSummary = { files: 0, errors: 0, warnings: 0, fixable: 0, fixableBy: {}, shown: 0, tests: 0, dropped: 0, notes: [] };
  private items = 0;
  private readonly kept: string[] = [];
  /** For a whole-report format: the files' reports, kept until the end. */
  private readonly reports: FileReport[] = [];

  constructor(
    private readonly options: ReportOptions,
    private readonly sinks: Sinks,
    private readonly cwd: string,
  ) {
    const format = formats[options.format];
    for (const n of options.context.notes ?? []) this.note(n);
    if (!format.buffered) sinks.report(format.head(options.context));
  }

  private note(n: FileNote) {
    this.summary.notes.push(n);
    this.sinks.stderr(`fairbalance: ${n.level}: ${visible(displayPath(n.path, this.cwd))}: ${visible(n.message)}\n`);
  }

  add(file: FormattedFile): void {
    const format = formats[this.options.format];
    const s = this.summary;
    for (const n of file.notes) this.note({ path: file.path, ...n });
    if (file.diff) this.sinks.diff(file.diff);
    if (file.linted) {
      s.files++;
      s.errors += file.errors;
      s.warnings += file.warnings;
      s.fixable += file.fixable;
      for (const [kind, n] of Object.entries(file.fixableBy)) s.fixableBy[kind] = (s.fixableBy[kind] ?? 0) + n;
      s.shown += file.shown;
      s.tests += Math.max(1, file.shown);
    }
    if (format.whole) {
      for (const item of file.items) this.reports.push(JSON.parse(item) as FileReport);
      return;
    }
    for (const item of file.items) {
      if (format.maxItems !== undefined && this.items >= format.maxItems) {
        s.dropped++;
        continue;
      }
      const text = this.items++ ? format.separator + item : item;
      if (format.buffered) this.kept.push(text);
      else this.sinks.report(text);
    }
  }

  /** The last lines; returns the run's summary. */
  finish(): RunSummary {
    const format = formats[this.options.format];
    if (format.whole) {
      this.sinks.report(format.whole(this.reports.splice(0), { ...this.options.context, notes: this.summary.notes }));
      return this.summary;
    }
    if (format.buffered) {
      this.sinks.report(format.head(this.options.context, this.summary));
      for (const text of this.kept.splice(0)) this.sinks.report(text);
    }
    this.sinks.report(format.tail(this.summary, this.options.context));
    return this.summary;
  }
}
