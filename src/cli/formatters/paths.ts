// How formatters name files: relative to the working folder with forward slashes (what CI
// annotations, SARIF and JUnit readers expect); absolute only on another drive.

import { isAbsolute, relative, sep } from 'node:path';

export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path.split(sep).join('/');
  const rel = relative(cwd, path);
  return (rel && !isAbsolute(rel) ? rel : path).split(sep).join('/');
}
