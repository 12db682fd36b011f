// The headless CLI. Exit codes: 0 no error-level findings (and warnings within --max-warnings),
// 1 error-level findings or too many warnings, 2 usage, config or I/O error (one line on stderr
// saying why; a stack trace only with --debug).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../core/config.js';
import { parseCli, UsageError, workerCount, type CliOptions } from './args.js';
import { checkConfigs, configFor, initConfig, printConfig } from './config.js';
import { decode } from './decode.js';
import { expandPaths, IGNORE_FILE } from './files.js';
import { formatters } from './formatters/index.js';
import { displayPath } from './formatters/paths.js';
import type { FileNote, FileReport } from './formatters/types.js';
import { HELP } from './help.js';
import { lintText, unifiedDiff, type FileOutcome, type JobOptions } from './lint-file.js';
import { lintAll } from './pool.js';
import { progressLine } from './progress.js';
import { VERSION } from './version.js';

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Is stdout a terminal (colour)? */
  isTTY: boolean;
  /** Is stderr a terminal (progress line)? */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  readStdin: () => Buffer;
}

/** What a run produced, before it is printed. */
interface Outcome {
  reports: FileReport[];
  diffs: string[];
  /** Files skipped or not fixed, and why; an error-level note (I/O) makes the exit code 2. */
  notes: FileNote[];
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions | undefined;
  try {
    options = parseCli(argv);
    if (options.help) {
      io.stdout(HELP);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (options.init) {
      io.stdout(`fairbalance: wrote ${displayPath(initConfig(io.cwd), io.cwd)}\n`);
      return 0;
    }
    if (options.printConfig !== undefined) {
      io.stdout(printConfig(resolve(io.cwd, options.printConfig), configOptions(options, io.cwd)));
      return 0;
    }
    const outcome = options.stdin ? lintStdin(options, io) : await lintFiles(options, io);
    return report(outcome, options, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.stderr(`fairbalance: ${e.message}\n`);
      return 2;
    }
    const debug = options?.debug ?? argv.includes('--debug');
    io.stderr(debug && e instanceof Error ? `${e.stack}\n` : `fairbalance: internal error: ${(e as Error)?.message ?? e} (run with --debug for details)\n`);
    return 2;
  }
}

function configOptions(options: CliOptions, cwd: string) {
  return { configPath: options.configPath && resolve(cwd, options.configPath), ruleOverrides: options.ruleOverrides };
}

function jobOptions(options: CliOptions, cwd: string): JobOptions {
  return {
    ...configOptions(options, cwd),
    cwd,
    fix: options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'none',
    fixKinds: options.fixKinds,
    maxFileSize: options.maxFileSize,
    debug: options.debug,
  };
}

async function lintFiles(options: CliOptions, io: CliIo): Promise<Outcome> {
  if (!options.patterns.length) throw new UsageError('no files given (try "fairbalance --help")');
  const { files, ignored } = expandPaths(options.patterns, { cwd: io.cwd, ignorePath: options.ignorePath, useIgnoreFile: options.ignore });
  const ignoredNotes: FileNote[] = ignored.map((path) => ({ path, level: 'warning', message: `ignored by ${options.ignorePath ?? IGNORE_FILE} (use --no-ignore to lint it)` }));
  const job = jobOptions(options, io.cwd);
  checkConfigs(new Set(files.map((f) => dirname(f))), job.configPath);

  const progress = progressLine(files.length, io.stderr, Boolean(io.stderrIsTTY));
  const outcomes = await lintAll(files, job, workerCount(options.workers, files.length), (n) => progress.update(n));
  progress.end();

  const broken = outcomes.find((o) => o.configError);
  // Config files were checked up front; this catches one that changed during the run.
  if (broken?.configError) throw new UsageError(broken.configError);
  return collect(outcomes, ignoredNotes);
}

function collect(outcomes: FileOutcome[], notes: FileNote[]): Outcome {
  const out: Outcome = { reports: [], diffs: [], notes };
  for (const o of outcomes) {
    for (const n of o.notes) out.notes.push({ path: o.path, ...n });
    if (o.diff) out.diffs.push(o.diff);
    if (o.result) out.reports.push({ path: o.path, result: o.result, ...(o.output !== undefined ? { output: o.output } : {}) });
  }
  return out;
}

function lintStdin(options: CliOptions, io: CliIo): Outcome {
  const shown = options.stdinFilename ?? '<stdin>';
  const filePath = resolve(io.cwd, options.stdinFilename ?? 'stdin.md');
  const job = jobOptions(options, io.cwd);
  const config = configFor(filePath, job);
  const path = options.stdinFilename ? filePath : shown;
  const decoded = decode(io.readStdin());
  if (decoded.kind === 'binary') return { reports: [], diffs: [], notes: [{ path, level: 'warning', message: 'binary input (NUL bytes); skipped' }] };
  const notes: FileNote[] = decoded.lossy ? [{ path, level: 'warning', message: 'invalid UTF-8; linted with U+FFFD in place of the bad bytes' }] : [];
  const { result, output } = lintText(decoded.text, filePath, config, job);
  const changed = output !== decoded.text;
  return {
    reports: [{ path, result: { ...result, filePath: path }, ...(changed ? { output } : {}) }],
    diffs: changed ? [unifiedDiff(displayPath(path, io.cwd), decoded.text, output)] : [],
    notes,
  };
}

function report(outcome: Outcome, options: CliOptions, io: CliIo): number {
  for (const n of outcome.notes) io.stderr(`fairbalance: ${n.level}: ${displayPath(n.path, io.cwd)}: ${n.message}\n`);
  let errors = 0;
  let warnings = 0;
  for (const r of outcome.reports) {
    for (const f of r.result.findings) {
      if (f.severity === 2) errors++;
      else warnings++;
    }
  }
  // --quiet hides warnings; they still count against --max-warnings, as in ESLint.
  const shown = options.quiet ? outcome.reports.map((r) => ({ ...r, result: { ...r.result, findings: r.result.findings.filter((f) => f.severity === 2) } })) : outcome.reports;
  const color = io.isTTY && !options.outputFile && !io.env.NO_COLOR;
  const text = formatters[options.format](shown, { cwd: io.cwd, color, notes: outcome.notes });
  // A diff on stdout would break a machine-readable report there; json carries `output` instead.
  const diffsToStdout = outcome.diffs.length && (options.format === 'stylish' || options.outputFile);
  if (diffsToStdout) io.stdout(outcome.diffs.join(''));
  if (options.outputFile) {
    const path = resolve(io.cwd, options.outputFile);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } catch (e) {
      throw new UsageError(`cannot write ${options.outputFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else io.stdout(text);

  if (outcome.notes.some((n) => n.level === 'error')) return 2;
  if (errors) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`fairbalance: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
