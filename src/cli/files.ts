// Turning the command line's paths, folders and globs into a sorted list of files. Folders give
// their .md, .markdown and .txt files; node_modules, dot-folders and symlinked folders are
// skipped inside folders and globs (a link is followed only when named, or as part of a glob's
// fixed start: "../shared/corpus/seeds/*.txt" through a linked ../shared works); .fairbalanceignore
// (gitignore syntax) or --ignore-path removes more. A `!glob` argument excludes what it matches,
// unless a file or folder of that very name exists. A folder that cannot be read is reported, and
// a path, folder or glob that gives no file is a usage error: CI must not pass on nothing.

import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globMatcher, isGlob, GlobError } from '../core/glob.js';
import { readRegularFile } from '../node/safe-read.js';
import { UsageError } from './args.js';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'];
export const IGNORE_FILE = '.fairbalanceignore';
const MAX_IGNORE_FILE = 1024 * 1024;

export interface ExpandOptions {
  cwd: string;
  extensions?: string[];
  /** An ignore file to use instead of ./.fairbalanceignore. */
  ignorePath?: string;
  /** false: no ignore file at all (--no-ignore). */
  useIgnoreFile?: boolean;
}

export interface Expanded {
  files: string[];
  /** Files named on the command line that the ignore file excludes (each worth a warning). */
  ignored: string[];
  /** Folders inside a walk that could not be read, with the error code (each an error-level finding). */
  unreadable: { path: string; code: string }[];
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
const posix = (p: string) => p.split(sep).join('/');

/** A test for "is this file ignored", from the ignore file; patterns are relative to its folder. */
function ignoreMatcher(options: ExpandOptions): (file: string) => boolean {
  if (options.useIgnoreFile === false) return () => false;
  const path = resolve(options.cwd, options.ignorePath ?? IGNORE_FILE);
  if (!options.ignorePath && !existsSync(path)) return () => false;
  let ig: Ignore;
  try {
    ig = ignore().add(readRegularFile(path, { maxBytes: MAX_IGNORE_FILE }).bytes.toString('utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ignore file ${options.ignorePath ?? IGNORE_FILE}: ${codeOf(e) ?? (e as Error).message}`);
  }
  const base = dirname(path);
  return (file) => {
    const rel = relative(base, file);
    return Boolean(rel) && !rel.startsWith('..') && !isAbsolute(rel) && ig.ignores(posix(rel));
  };
}

/** The fixed start of a glob (its leading segments without glob syntax), and the rest. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

interface Walk {
  root: string;
  /** Files under the root (absolute) that the walk should keep. */
  wants: (file: string) => boolean;
  /** Folders (absolute) to leave out. */
  skipsFolder: (folder: string) => boolean;
  /** Folder levels below the root to look into (a glob without `**` needs only as many as it has segments). */
  maxDepth?: number;
}

/**
 * Every wanted file below `root`: an explicit stack (no recursion), symlinked folders not
 * followed (no loops, no escaping the tree), unreadable folders recorded.
 */
function walk({ root, wants, skipsFolder, maxDepth = Infinity }: Walk, out: Set<string>, unreadable: Expanded['unreadable']): number {
  let found = 0;
  const stack: [string, number][] = [[root, 0]];
  while (stack.length) {
    const [dir, depth] = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: dir, code: codeOf(e) });
      continue;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (depth >= maxDepth || e.name === 'node_modules' || e.name.startsWith('.') || skipsFolder(path)) continue;
        stack.push([path, depth + 1]);
      } else {
        // Files, links, and FIFOs, devices or sockets named like articles (linting reports those as not regular files).
        if (e.name.startsWith('.') || !wants(path)) continue;
        if (e.isSymbolicLink()) {
          // A link to a folder is not followed; a link to a file (or a broken one, which linting reports) is kept.
          try {
            if (statSync(path).isDirectory()) continue;
          } catch {
            // unreadable: kept, so that linting it says why
          }
        }
        out.add(path);
        found++;
      }
    }
  }
  return found;
}

/** Files named, found in folders, or matched by globs; a missing path, an empty folder or an empty glob is an error. */
export function expandPaths(patterns: string[], options: ExpandOptions): Expanded {
  const exts = options.extensions ?? DEFAULT_EXTENSIONS;
  const isIgnored = ignoreMatcher(options);
  const hasExtension = (file: string) => exts.some((x) => file.toLowerCase().endsWith(`.${x}`));
  // "!x" excludes, unless a file or folder called "!x" is there to be linted.
  const isPath = (p: string) => !p.startsWith('!') || existsSync(resolve(options.cwd, p));
  const exclusions = patterns.filter((p) => !isPath(p)).map((p) => p.slice(1));
  let excluded: (path: string) => boolean;
  try {
    excluded = exclusions.length ? globMatcher(exclusions) : () => false;
  } catch (e) {
    if (e instanceof GlobError) throw new UsageError(e.message);
    throw e;
  }
  // Relative to the working folder; for a file outside it ("../shared/..."), also without the
  // leading "../" steps, so that "!**/INDEX.md" reaches it as it reaches one inside.
  const isExcluded = (abs: string) => {
    const rel = posix(relative(options.cwd, abs));
    return excluded(rel) || (rel.startsWith('../') && excluded(rel.replace(/^(?:\.\.\/)+/, '')));
  };
  const files = new Set<string>();
  const ignored: string[] = [];
  const unreadable: Expanded['unreadable'] = [];
  for (const pattern of patterns.filter(isPath)) {
    const abs = resolve(options.cwd, pattern);
    const plain = !isGlob(pattern) || existsSync(abs);
    if (plain) {
      let stat;
      try {
        stat = statSync(abs);
      } catch (e) {
        if (codeOf(e) === 'ENOENT') throw new UsageError(`no such file or folder: ${pattern}`);
        // It exists but cannot be read (a symlink loop, no permission): linting it says so and goes on.
        files.add(abs);
        continue;
      }
      if (!stat.isDirectory()) {
        // A file named on the command line is linted whatever its extension (or reported, if it is no regular file).
        if (isIgnored(abs)) ignored.push(abs);
        else files.add(abs);
        continue;
      }
      let skippedByIgnore = 0;
      const unreadableBefore = unreadable.length;
      const found = walk(
        {
          root: abs,
          wants: (f) => {
            if (!hasExtension(f) || isExcluded(f)) return false;
            if (isIgnored(f)) return (skippedByIgnore++, false);
            return true;
          },
          skipsFolder: (d) => isExcluded(d) || isIgnored(d),
        },
        files,
        unreadable,
      );
      if (!found && !skippedByIgnore && unreadable.length === unreadableBefore) {
        throw new UsageError(`no .${exts.join(', .')} files in ${pattern} (folders named node_modules or starting with "." are skipped, and symlinked folders are not followed)`);
      }
      continue;
    }
    let matches: (path: string) => boolean;
    try {
      matches = globMatcher(posix(pattern));
    } catch (e) {
      if (e instanceof GlobError) throw new UsageError(e.message);
      throw e;
    }
    const fixed = globBase(posix(pattern));
    const base = resolve(options.cwd, fixed);
    const below = posix(pattern).split('/').length - (fixed === '.' ? 0 : fixed.split('/').length);
    const maxDepth = pattern.includes('**') || /[{}]/.test(pattern) ? Infinity : Math.max(0, below - 1);
    const relPath = (f: string) => posix(isAbsolute(pattern) ? f : relative(options.cwd, f));
    let skippedByIgnore = 0;
    let found = 0;
    if (existsSync(base)) {
      found = walk(
        {
          root: base,
          wants: (f) => {
            if (!matches(relPath(f)) || isExcluded(f)) return false;
            if (isIgnored(f)) return (skippedByIgnore++, false);
            return true;
          },
          skipsFolder: (d) => isExcluded(d) || isIgnored(d),
          maxDepth,
        },
        files,
        unreadable,
      );
    }
    if (!found && !skippedByIgnore) throw new UsageError(`no files match: ${pattern}`);
  }
  return { files: [...files].sort(), ignored, unreadable };
}
