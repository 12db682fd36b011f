// Turning the command line's paths, folders and globs into a sorted list of files.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'];
const DEFAULT_IGNORE = ['**/node_modules/**', '**/.*/**'];

export class UsageError extends Error {}

export interface ExpandOptions {
  cwd: string;
  extensions?: string[];
}

/** Files named, found in folders, or matched by globs; missing plain paths are an error. */
export function expandPaths(patterns: string[], options: ExpandOptions): string[] {
  const exts = options.extensions ?? DEFAULT_EXTENSIONS;
  const files = new Set<string>();
  for (const pattern of patterns) {
    const abs = resolve(options.cwd, pattern);
    if (!isDynamicPattern(pattern)) {
      let stat;
      try {
        stat = statSync(abs);
      } catch {
        throw new UsageError(`no such file or folder: ${pattern}`);
      }
      if (stat.isFile()) {
        files.add(abs);
        continue;
      }
      if (stat.isDirectory()) {
        for (const f of globSync(`**/*.{${exts.join(',')}}`, { cwd: abs, absolute: true, ignore: DEFAULT_IGNORE, followSymbolicLinks: false })) files.add(f);
        continue;
      }
    }
    const matched = globSync(pattern, { cwd: options.cwd, absolute: true, ignore: DEFAULT_IGNORE, onlyFiles: true, followSymbolicLinks: false });
    if (!matched.length) throw new UsageError(`no files match: ${pattern}`);
    for (const f of matched) files.add(f);
  }
  return [...files].sort();
}
