// The headless CLI. Exit codes: 0 no error-level findings (and warnings within --max-warnings),
// 1 error-level findings or too many warnings, 2 usage, config or I/O error (one line on stderr
// saying why; a stack trace only with --debug). A file Fair Balance could not read or finish is
// an error-level finding on it (fail closed), so it exits 1 unless the config lowers that.

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../core/config.js';
import { parseCli, UsageError, workerCount, type CliOptions } from './args.js';
import { checkConfigs, configFor, initConfig, printConfig } from './config.js';
import { decode } from './decode.js';
import { visible } from './escape.js';
import { expandPaths, IGNORE_FILE } from './files.js';
import { displayPath } from './formatters/paths.js';
import type { FileNote } from './formatters/types.js';
import { HELP } from './help.js';
import { lintText, unifiedDiff, unreadResult, type FileOutcome, type JobOptions } from './lint-file.js';
import { lintAll } from './pool.js';
import { progressLine } from './progress.js';
import { formatOutcome, ReportWriter, type ReportOptions, type Sinks } from './report.js';
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

export async function run(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions | undefined;
  // Every line on stderr is escaped: an article or file name must not start a workflow command
  // (under --format github) or drive the terminal.
  const stderr = (s: string) => io.stderr(s.endsWith('\n') ? `${visible(s.slice(0, -1))}\n` : visible(s));
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
    return options.stdin ? lintStdin(options, io, stderr) : await lintFiles(options, io, stderr);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      stderr(`fairbalance: ${e.message}\n`);
      return 2;
    }
    const debug = options?.debug ?? argv.includes('--debug');
    if (debug && e instanceof Error) io.stderr(`${e.stack}\n`);
    else stderr(`fairbalance: internal error: ${(e as Error)?.message ?? e} (run with --debug for details)\n`);
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

/** Collects small writes into chunks of about 64 KB. */
function buffered(write: (s: string) => void): { write: (s: string) => void; flush: () => void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length) write(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write: (s) => {
      if (!s) return;
      pending.push(s);
      size += s.length;
      if (size >= 65536) flush();
    },
    flush,
  };
}

/** Where the report goes: standard output, or --output-file (opened before linting, written as it comes). */
function reportSink(options: CliOptions, io: CliIo): { write: (s: string) => void; close: () => void } {
  if (!options.outputFile) {
    const out = buffered(io.stdout);
    return { write: out.write, close: out.flush };
  }
  const path = resolve(io.cwd, options.outputFile);
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'w');
  } catch (e) {
    throw new UsageError(`cannot write ${options.outputFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const out = buffered((s) => writeSync(fd, s));
  return {
    write: out.write,
    close: () => {
      out.flush();
      closeSync(fd);
    },
  };
}

function writerFor(options: CliOptions, io: CliIo, stderr: (s: string) => void, notes: FileNote[]): { writer: ReportWriter; report: ReportOptions; close: () => void } {
  const color = io.isTTY && !options.outputFile && !io.env.NO_COLOR;
  const report: ReportOptions = { format: options.format, context: { cwd: io.cwd, color, notes }, quiet: options.quiet };
  const sink = reportSink(options, io);
  // A diff on stdout would break a machine-readable report there; json carries `output` instead.
  // (Through the report's buffer when both go to standard output, so they stay in order.)
  const diffs = options.outputFile ? io.stdout : options.format === 'stylish' ? sink.write : () => {};
  const sinks: Sinks = { report: sink.write, diff: diffs, stderr };
  // The report's own context carries only the notes known before linting (the writer adds the rest).
  return { writer: new ReportWriter(report, sinks, io.cwd), report: { ...report, context: { ...report.context, notes: [] } }, close: sink.close };
}

async function lintFiles(options: CliOptions, io: CliIo, stderr: (s: string) => void): Promise<number> {
  if (!options.patterns.length) throw new UsageError('no files given (try "fairbalance --help")');
  const { files, ignored, unreadable } = expandPaths(options.patterns, { cwd: io.cwd, ignorePath: options.ignorePath, useIgnoreFile: options.ignore });
  const ignoredNotes: FileNote[] = ignored.map((path) => ({ path, level: 'warning', message: `ignored by ${options.ignorePath ?? IGNORE_FILE} (use --no-ignore to lint it)` }));
  const job = jobOptions(options, io.cwd);
  checkConfigs(new Set(files.map((f) => dirname(f))), job.configPath);

  const { writer, report, close } = writerFor(options, io, stderr, ignoredNotes);
  try {
    // A folder that could not be read is a finding on that folder (fail closed, like a file).
    for (const { path, code } of unreadable) {
      let config;
      try {
        config = configFor(join(path, 'article.md'), job);
      } catch {
        config = undefined;
      }
      const outcome: FileOutcome = { path, notes: [], result: unreadResult(path, `cannot read this folder (${code}), so the articles in it were not linted`, config) };
      writer.add(formatOutcome(outcome, report));
    }
    const progress = progressLine(files.length, io.stderr, Boolean(io.stderrIsTTY));
    let broken: string | undefined;
    await lintAll(files, job, report, workerCount(options.workers, files.length), (file, done) => {
      if (file.configError) broken ??= file.configError;
      else if (!broken) writer.add(file);
      progress.update(done + 1);
    });
    progress.end();
    // Config files were checked up front; this catches one that changed during the run.
    if (broken) throw new UsageError(broken);
    return exitCode(writer.finish(), options, stderr);
  } finally {
    close();
  }
}

function lintStdin(options: CliOptions, io: CliIo, stderr: (s: string) => void): number {
  const shown = options.stdinFilename ?? '<stdin>';
  const filePath = resolve(io.cwd, options.stdinFilename ?? 'stdin.md');
  const job = jobOptions(options, io.cwd);
  const config = configFor(filePath, job);
  const path = options.stdinFilename ? filePath : shown;
  const decoded = decode(io.readStdin());
  let outcome: FileOutcome;
  if (decoded.kind === 'binary') outcome = { path, notes: [], result: unreadResult(path, 'the input looks binary (NUL bytes)', config) };
  else {
    const notes: FileOutcome['notes'] = decoded.lossy ? [{ level: 'warning', message: `invalid ${decoded.encoding === 'utf8' ? 'UTF-8' : 'UTF-16'}; linted with U+FFFD in place of the bad bytes` }] : [];
    const { result, output } = lintText(decoded.text, filePath, config, job);
    const changed = output !== decoded.text;
    outcome = { path, notes, result: { ...result, filePath: path }, ...(changed ? { output, diff: unifiedDiff(displayPath(path, io.cwd), decoded.text, output) } : {}) };
  }
  const { writer, report, close } = writerFor(options, io, stderr, []);
  try {
    writer.add(formatOutcome(outcome, report));
    return exitCode(writer.finish(), options, stderr);
  } finally {
    close();
  }
}

function exitCode(summary: ReturnType<ReportWriter['finish']>, options: CliOptions, stderr: (s: string) => void): number {
  if (summary.notes.some((n) => n.level === 'error')) return 2;
  if (summary.errors) return 1;
  // --quiet hides warnings; they still count against --max-warnings, as in ESLint.
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    stderr(`fairbalance: ${summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
