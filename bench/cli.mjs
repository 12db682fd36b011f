// CI throughput: the whole CLI process (`node dist/cli.js --format json DIR`) on 1, 10, 100 and
// 1,000 articles (copies of the seeds, about 5 MB at 1,000, generated into bench/.data/), with one
// worker and with all cores, beside bench/parse-only.mjs (bundled like the CLI) on the same files. Wall time, MB/s and
// peak memory (GNU time's maximum resident set size when /usr/bin/time exists, else sampled
// from /proc). Prints figures; `--json` prints them as one JSON object for run.mjs.
//   node bench/cli.mjs [--json] [--quick]

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { DATA, ROOT, seedTexts, fmtRatio, ratio } from './lib.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = json ? console.error : console.log; // with --json, figures go to stderr and JSON to stdout
const CLI = join(ROOT, 'dist', 'cli.js');
const PARSE_ONLY = join(DATA, 'parse-only.cjs');
if (!existsSync(CLI)) throw new Error('bench: dist/cli.js is missing; run `npm run build` first (npm run bench does).');

/** A folder of `n` articles (the seeds in turn, as Markdown), made once and reused. */
export function corpus(n) {
  const dir = join(DATA, `corpus-${n}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = seedTexts();
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `article-${String(i).padStart(4, '0')}.md`), seeds[i % seeds.length]);
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

// The floor is bundled the way the CLI is, so both pay the same module-loading cost.
esbuild.buildSync({
  entryPoints: [join(ROOT, 'bench', 'parse-only.mjs')],
  outfile: PARSE_ONLY,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  logLevel: 'error',
  define: { 'import.meta.dirname': '__dirname', 'import.meta.url': '__filename' },
});

const folderBytes = (dir) => readdirSync(dir).filter((f) => f.endsWith('.md')).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

/** Runs a command to completion; returns wall seconds, CPU seconds (user + system, with GNU time), peak RSS in MB, exit code and stderr. */
export function measureProcess(args) {
  return new Promise((done) => {
    const began = performance.now();
    const child = GNU_TIME ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: ROOT }) : spawn(process.execPath, args, { cwd: ROOT });
    let stderr = '';
    let peakKb = 0;
    child.stdout.resume();
    child.stderr.on('data', (d) => (stderr += d));
    // Without GNU time, sample the process's resident set (Linux /proc) every 20 ms.
    const sampler = GNU_TIME
      ? null
      : setInterval(() => {
          try {
            const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) peakKb = Math.max(peakKb, Number(m[1]));
          } catch {}
        }, 20);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      const wall = (performance.now() - began) / 1000;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (rss) peakKb = Number(rss[1]);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpu = user && sys ? Number(user[1]) + Number(sys[1]) : null;
      done({ wall, cpu, peakMb: peakKb ? peakKb / 1024 : null, code, stderr: stderr.split('\n').filter((l) => !/^\s/.test(l) && !l.startsWith('Command')).join('\n').trim() });
    });
  });
}

const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout ?? '';
const hasWorkers = /--workers\b/.test(help);
const cores = availableParallelism();

// The load average when the run starts: figures from a loaded machine are not comparable with an idle one's.
const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'n/a';
const out = { cores, load, hasWorkers, memoryBy: GNU_TIME ? '/usr/bin/time -v (max RSS of the process)' : '/proc sampling', series: [] };
log(`CLI throughput (${cores} cores, load average ${load}; --workers ${hasWorkers ? 'supported' : 'not supported: all-cores figures are n/a'}; memory by ${out.memoryBy})`);
for (const n of quick ? [1, 10, 100] : [1, 10, 100, 1000]) {
  const dir = corpus(n);
  const mb = folderBytes(dir) / 1e6;
  const parse = await measureProcess([PARSE_ONLY, dir]);
  const ownParse = await measureProcess([PARSE_ONLY, '--same-parser', dir]);
  const one = await measureProcess([CLI, '--format', 'json', ...(hasWorkers ? ['--workers', '1'] : []), dir]);
  const all = hasWorkers ? await measureProcess([CLI, '--format', 'json', '--workers', String(cores), dir]) : null;
  for (const r of [one, all, parse, ownParse]) if (r && r.code !== 0 && r.code !== 1) log(`  warning: exit ${r.code}: ${r.stderr.slice(0, 300)}`);
  const row = {
    articles: n,
    mb,
    parse,
    ownParse,
    one,
    all,
    ratioOne: ratio(one.wall, parse.wall),
    ratioAll: all ? ratio(all.wall, parse.wall) : null,
    // Against lint()'s own parser: what the rules and the report cost beyond reading.
    ratioOneOwn: ratio(one.wall, ownParse.wall),
    // CPU time is steadier than wall time on a shared machine (one thread: the two should agree).
    cpuRatioOne: one.cpu && parse.cpu ? ratio(one.cpu, parse.cpu) : null,
  };
  out.series.push(row);
  const fig = (r) => (r ? `${r.wall.toFixed(2)} s${r.cpu ? ` (cpu ${r.cpu.toFixed(2)} s)` : ''} ${(mb / r.wall).toFixed(2)} MB/s ${r.peakMb ? r.peakMb.toFixed(0) : '?'} MB` : 'n/a');
  log(`  ${String(n).padStart(4)} articles ${mb.toFixed(2)} MB | 1 worker ${fig(one)} (${fmtRatio(row.ratioOne)}) | ${cores} workers ${fig(all)}${all ? ` (${fmtRatio(row.ratioAll)})` : ''} | parse-only ${fig(parse)} | parse-only with lint's parser ${fig(ownParse)} (1 worker ${fmtRatio(row.ratioOneOwn)} of it)`);
}
if (json) console.log(JSON.stringify(out));
