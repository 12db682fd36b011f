// Running the built CLI (dist/cli.js) as a process, in throwaway folders.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
// FAIRBALANCE_TEST_CLI runs the CLI tests against another build (to check that a test fails before a fix).
export const CLI = process.env.FAIRBALANCE_TEST_CLI ?? join(ROOT, 'dist', 'cli.js');
export const SEEDS = resolve(ROOT, '..', 'shared', 'corpus', 'seeds');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliCall {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
}

const baseEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FAIRBALANCE_TEST_DELAY_BEFORE_WRITE_MS;
  return env;
};

export function cli(args: string[], call: CliCall = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: call.cwd ?? ROOT, input: call.input ?? '', encoding: 'utf8', env: { ...baseEnv(), ...call.env }, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI started in the background; the promise resolves when it exits; `pid` is the process. */
export function cliAsync(args: string[], call: CliCall = {}): Promise<CliRun> & { pid: number } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: call.cwd ?? ROOT, env: { ...baseEnv(), ...call.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<CliRun>((res) => child.on('close', (status) => res({ status, stdout, stderr })));
  return Object.assign(done, { pid: child.pid! });
}

/** True once process `pid` holds `path` open for writing (Linux /proc; the window --fix checks in). */
export function holdsOpenForWriting(pid: number, path: string): boolean {
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      let target;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target !== path) continue;
      const flags = /flags:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))?.[1];
      if (flags && (parseInt(flags, 8) & 3) !== 0) return true;
    }
  } catch {
    // the process is gone
  }
  return false;
}

/** A fresh folder holding `files` (path -> text or bytes). */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'fb-cli-')));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

let ruleIds: string[] | undefined;
/** Every rule the built CLI knows (from --print-config), so tests keep up with new rules. */
export function allRuleIds(): string[] {
  if (!ruleIds) ruleIds = Object.keys(JSON.parse(cli(['--print-config', 'x.md'], { cwd: folder() }).stdout).rules).filter((id) => !id.startsWith('fairbalance-'));
  return ruleIds;
}

/**
 * A config with only these rules on, so a test does not depend on what other rules report.
 * "Ketamine" is left out of test texts too: therapy mentions switch on caveat rules.
 */
export function onlyRules(rules: Record<string, 'warn' | 'error'>): string {
  const all = Object.fromEntries(allRuleIds().map((id) => [id, rules[id as keyof typeof rules] ?? 'off']));
  return JSON.stringify({ rules: all });
}

/** The JSON report, with file paths shortened to their names. */
export function jsonReport(stdout: string): { file: string; messages: { ruleId: string; severity: number; line: number; column: number; endLine: number; endColumn: number; message: string }[]; output?: string }[] {
  return (JSON.parse(stdout) as { filePath: string; messages: never[]; output?: string }[]).map((r) => ({ file: r.filePath.split('/').pop()!, messages: r.messages, output: r.output }));
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** An error-level claim that every preset reports (claim-absolute). */
export const CLAIM = 'This treatment cures pain.\n';
export const CLEAN = 'A nurse checks your blood pressure.\n';
