// The headless CLI. Exit codes: 0 no error-level findings, 1 error-level findings, 2 usage,
// config or I/O error (one line on stderr saying why).

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lint } from '../core/lint.js';
import { ConfigError } from '../core/config.js';
import { loadConfig } from '../config/load.js';
import { expandPaths, UsageError } from './files.js';
import { formatJson } from './formatters/json.js';
import { formatStylish } from './formatters/stylish.js';
import type { FileReport } from './formatters/types.js';

declare const FAIRBALANCE_VERSION: string;

const HELP = `Usage: fairbalance [options] <files, folders or globs...>

Lints patient-facing therapy articles (.md, .markdown, .txt) for unsupported medical claims,
garbled medical terms and missing safety caveats.

Options:
  -f, --format <name>   stylish (default) or json
  -c, --config <file>   use this config file instead of searching for one
  -h, --help            show this help
  -v, --version         print the version

Exit codes: 0 no errors, 1 error-level findings, 2 usage, config or I/O error.

Examples:
  fairbalance articles/
  fairbalance "content/**/*.md" --format json > report.json
`;

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export function run(argv: string[], io: CliIo): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.stderr(`fairbalance: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${typeof FAIRBALANCE_VERSION === 'string' ? FAIRBALANCE_VERSION : 'dev'}\n`);
    return 0;
  }
  if (!['stylish', 'json'].includes(values.format!)) {
    io.stderr(`fairbalance: unknown format "${values.format}" (expected stylish or json)\n`);
    return 2;
  }
  if (!positionals.length) {
    io.stderr('fairbalance: no files given (try "fairbalance --help")\n');
    return 2;
  }
  try {
    const files = expandPaths(positionals, { cwd: io.cwd });
    const reports: FileReport[] = files.map((path) => {
      const config = loadConfig(path, { configPath: values.config });
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      return { path, result: lint(text, { filePath: path, config }) };
    });
    const color = io.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
    io.stdout(values.format === 'json' ? formatJson(reports, io.cwd) : formatStylish(reports, io.cwd, color));
    return reports.some((r) => r.result.findings.some((f) => f.severity === 2)) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.stderr(`fairbalance: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
