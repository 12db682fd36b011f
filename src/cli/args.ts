// The command line, parsed and checked: every usage mistake becomes one UsageError line (exit 2).

import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { nearest } from '../core/schema.js';
import { rulesById } from '../core/registry.js';
import { META_RULES } from '../core/meta.js';
import { builtInRegistry } from '../node/index.js';
import type { FixKind, SeverityName } from '../core/types.js';
import { FORMATS, type FormatName } from './formatters/index.js';

export class UsageError extends Error {}

export const FIX_KINDS: readonly FixKind[] = ['safe', 'claim', 'caveat', 'term'];
const SEVERITIES: readonly SeverityName[] = ['off', 'warn', 'error'];

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  outputFile?: string;
  configPath?: string;
  /** `--rule id:severity`, applied after the config file. */
  ruleOverrides: Record<string, SeverityName>;
  fix: boolean;
  fixDryRun: boolean;
  fixKinds: FixKind[];
  stdin: boolean;
  stdinFilename?: string;
  maxWarnings?: number;
  quiet: boolean;
  ignorePath?: string;
  ignore: boolean;
  /** Worker threads; undefined means "decide from the number of files". */
  workers?: number;
  maxFileSize?: number;
  printConfig?: string;
  init: boolean;
  help: boolean;
  version: boolean;
  debug: boolean;
}

const spec = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  'output-file': { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-type': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'ignore-path': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  workers: { type: 'string' },
  'max-file-size': { type: 'string' },
  'print-config': { type: 'string' },
  init: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
} as const;

function count(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${flag} expects a whole number of at least ${min}, got "${value}"`);
  return Number(value);
}

/** `id:severity` pairs; rule ids are checked against the registry like config files' are. */
export function parseRuleOverrides(values: readonly string[]): Record<string, SeverityName> {
  const out: Record<string, SeverityName> = {};
  for (const value of values) {
    const at = value.lastIndexOf(':');
    const id = (at < 0 ? value : value.slice(0, at)).trim();
    const severity = (at < 0 ? '' : value.slice(at + 1).trim()) as SeverityName;
    if (!SEVERITIES.includes(severity)) throw new UsageError(`--rule ${value}: expected id:off, id:warn or id:error`);
    const known = rulesById(builtInRegistry);
    if (Object.hasOwn(META_RULES, id)) {
      if (severity === 'off' && !META_RULES[id as keyof typeof META_RULES].canBeOff) throw new UsageError(`--rule ${value}: ${id} cannot be turned off; use ${id}:warn`);
    } else if (!known.has(id)) {
      const near = nearest(id, [...known.keys(), ...Object.keys(META_RULES)]);
      throw new UsageError(`--rule ${value}: unknown rule "${id}"${near ? `; did you mean "${near}"?` : ''}`);
    }
    out[id] = severity;
  }
  return out;
}

function fixKinds(value: string | undefined): FixKind[] {
  if (value === undefined) return ['safe'];
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of kinds) {
    if (!FIX_KINDS.includes(k as FixKind)) throw new UsageError(`--fix-type: unknown kind "${k}" (expected ${FIX_KINDS.join(', ')})`);
  }
  if (!kinds.length) throw new UsageError(`--fix-type needs at least one of ${FIX_KINDS.join(', ')}`);
  return kinds as FixKind[];
}

const OPTION_NAMES = [...Object.keys(spec).map((k) => `--${k}`), ...Object.values(spec).flatMap((o) => ('short' in o ? [`-${o.short}`] : []))];

/** node:util's argument errors in our words (its own quote the option unevenly and suggest `--`). */
function argumentError(e: Error & { code?: string }): string {
  const name = /'(-[^',\s]*)(?:, (--[^'\s]+))?/.exec(e.message);
  const option = name?.[2] ?? name?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = option && nearest(option, OPTION_NAMES);
      return `unknown option "${option ?? '?'}"${near ? `; did you mean "${near}"?` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(e.message) ? `option "${option}" takes no value` : `option "${option}" needs a value`;
    default:
      return e.message.split('\n')[0].replace(/'/g, '"');
  }
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: spec });
  } catch (e) {
    throw new UsageError(`${argumentError(e as Error & { code?: string })} (try "fairbalance --help")`);
  }
  const v = parsed.values;
  if (!FORMATS.includes(v.format as FormatName)) throw new UsageError(`unknown format "${v.format}" (expected ${FORMATS.join(', ')})`);
  if (v['fix-type'] !== undefined && !v.fix && !v['fix-dry-run']) throw new UsageError('--fix-type needs --fix or --fix-dry-run');
  if (v.fix && v['fix-dry-run']) throw new UsageError('use --fix or --fix-dry-run, not both');
  if (v.stdin && v.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the changes');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (v.stdin && parsed.positionals.length) throw new UsageError('give either --stdin or files, not both');
  return {
    patterns: parsed.positionals,
    format: v.format as FormatName,
    outputFile: v['output-file'],
    configPath: v.config,
    ruleOverrides: parseRuleOverrides(v.rule ?? []),
    fix: Boolean(v.fix),
    fixDryRun: Boolean(v['fix-dry-run']),
    fixKinds: fixKinds(v['fix-type']),
    stdin: Boolean(v.stdin),
    stdinFilename: v['stdin-filename'],
    maxWarnings: count('max-warnings', v['max-warnings'], 0),
    quiet: Boolean(v.quiet),
    ignorePath: v['ignore-path'],
    ignore: !v['no-ignore'],
    workers: count('workers', v.workers, 1),
    maxFileSize: count('max-file-size', v['max-file-size'], 1),
    printConfig: v['print-config'],
    init: Boolean(v.init),
    help: Boolean(v.help),
    version: Boolean(v.version),
    debug: Boolean(v.debug),
  };
}

/**
 * Worker threads for a run: one per core, but none for runs too small to repay starting them.
 * A request is capped at the number of cores (more threads than cores only cost memory: each
 * holds its own copy of the rules and knowledge) and at the number of files.
 */
export function workerCount(requested: number | undefined, files: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, cores, files));
  if (files < SMALL_RUN) return 1;
  return Math.max(1, Math.min(cores, Math.ceil(files / 50)));
}

/** Below this many files a run stays on the main thread (each worker pays ~0.3 s to load the rules and knowledge). */
export const SMALL_RUN = 100;
