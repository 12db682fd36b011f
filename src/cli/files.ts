// Turning the command line's paths, folders and globs into a sorted list of files. Folders give
// their .md, .markdown and .txt files; node_modules and dot-folders are skipped inside folders and
// globs; .fairbalanceignore (gitignore syntax) or --ignore-path removes more. A `!glob` argument
// excludes what it matches.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from './args.js';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'];
export const IGNORE_FILE = '.fairbalanceignore';
const DEFAULT_IGNORE = ['**/node_modules/**', '**/.*/**'];

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
}

/** A test for "is this file ignored", from the ignore file; patterns are relative to its folder. */
function ignoreMatcher(options: ExpandOptions): (file: string) => boolean {
  if (options.useIgnoreFile === false) return () => false;
  const path = resolve(options.cwd, options.ignorePath ?? IGNORE_FILE);
  if (!options.ignorePath && !existsSync(path)) return () => false;
  let ig: Ignore;
  try {
    ig = ignore().add(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ignore file ${options.ignorePath ?? IGNORE_FILE}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const base = dirname(path);
  return (file) => {
    const rel = relative(base, file);
    return Boolean(rel) && !rel.startsWith('..') && !isAbsolute(rel) && ig.ignores(rel.split(sep).join('/'));
  };
}

/** Files named, found in folders, or matched by globs; a missing plain path or an empty glob is an error. */
export function expandPaths(patterns: string[], options: ExpandOptions): Expanded {
  const exts = options.extensions ?? DEFAULT_EXTENSIONS;
  const isIgnored = ignoreMatcher(options);
  const excluded = [...DEFAULT_IGNORE, ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))];
  const glob = (pattern: string, cwd: string) =>
    globSync(pattern, { cwd, absolute: true, ignore: excluded, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false }).map((f) => resolve(f));
  const files = new Set<string>();
  const ignored: string[] = [];
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const abs = resolve(options.cwd, pattern);
    if (!isDynamicPattern(pattern)) {
      let stat;
      try {
        stat = statSync(abs);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`no such file or folder: ${pattern}`);
        // It exists but cannot be read (a symlink loop, no permission): linting it says so and goes on.
        files.add(abs);
        continue;
      }
      if (stat.isFile()) {
        if (isIgnored(abs)) ignored.push(abs);
        else files.add(abs);
        continue;
      }
      if (stat.isDirectory()) {
        const pattern = exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
        for (const f of glob(pattern, abs)) if (!isIgnored(f)) files.add(f);
        continue;
      }
    }
    const matched = glob(pattern, options.cwd);
    if (!matched.length) throw new UsageError(`no files match: ${pattern}`);
    for (const f of matched) if (!isIgnored(f)) files.add(f);
  }
  return { files: [...files].sort(), ignored };
}
