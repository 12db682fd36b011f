// Glob patterns from config files and the command line, matched in time linear in the path for
// any pattern. Regex-based matchers (picomatch, minimatch) turn `*?*?*?*?*?*?*?*?*?*?q` into a
// regular expression that backtracks for minutes on one long file name; here `*` is matched by
// the classic two-pointer wildcard algorithm (no nested backtracking) and `**` by a set of states
// over path segments.
//
// Syntax (picomatch's, less extglobs): `*` (any characters but `/`), `?` (one character but `/`),
// `[abc]`, `[a-z]`, `[!a-z]` / `[^a-z]`, `**` as a whole segment (any number of folders),
// `{a,b}` alternatives (nested; at most MAX_ALTERNATIVES), `\x` for a literal x, a leading `!` to
// negate. Without `dot`, wildcards do not match a name's leading dot.

export class GlobError extends Error {}

/** At most this many alternatives after expanding `{a,b}` groups. */
export const MAX_ALTERNATIVES = 256;
/** Longer patterns are refused: no real one comes close. */
export const MAX_PATTERN = 1000;

type Atom = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: [number, number][] };
type Segment = { kind: 'globstar' } | { kind: 'atoms'; atoms: Atom[] };

export interface GlobOptions {
  /** Wildcards match names that start with a dot (default false). */
  dot?: boolean;
}

/** Expands `{a,b}` groups (nested), outside classes and escapes. */
function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close > 0) i = close;
    } else if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === ',' && depth === 1) commas.push(i);
    else if (c === '}' && depth > 0 && --depth === 0) {
      if (!commas.length) {
        commas.length = 0;
        continue; // "{x}" is literal
      }
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      const parts: string[] = [];
      let from = open + 1;
      for (const at of [...commas, i]) {
        parts.push(pattern.slice(from, at));
        from = at + 1;
      }
      const out: string[] = [];
      for (const part of parts) {
        for (const expanded of expandBraces(head + part + tail)) {
          out.push(expanded);
          if (out.length > MAX_ALTERNATIVES) throw new GlobError(`"${pattern}": more than ${MAX_ALTERNATIVES} alternatives`);
        }
      }
      return out;
    }
  }
  return [pattern];
}

function parseClass(segment: string, at: number): { atom: Atom; end: number } | undefined {
  let i = at + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  const ranges: [number, number][] = [];
  let first = true;
  for (; i < segment.length; i++) {
    let c = segment[i];
    if (c === ']' && !first) return { atom: { kind: 'class', negated, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < segment.length) c = segment[++i];
    let to = c;
    if (segment[i + 1] === '-' && segment[i + 2] !== undefined && segment[i + 2] !== ']') {
      to = segment[i + 2] === '\\' ? segment[i + 3] ?? '\\' : segment[i + 2];
      i += segment[i + 2] === '\\' ? 3 : 2;
    }
    ranges.push([c.charCodeAt(0), to.charCodeAt(0)]);
  }
  return undefined; // no closing "]": the "[" is literal
}

function parseSegment(segment: string): Segment {
  if (segment === '**') return { kind: 'globstar' };
  const atoms: Atom[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) atoms.push({ kind: 'char', char: segment[++i] });
    else if (c === '*') {
      if (atoms[atoms.length - 1]?.kind !== 'star') atoms.push({ kind: 'star' });
    } else if (c === '?') atoms.push({ kind: 'any' });
    else if (c === '[') {
      const cls = parseClass(segment, i);
      if (cls) {
        atoms.push(cls.atom);
        i = cls.end;
      } else atoms.push({ kind: 'char', char: c });
    } else atoms.push({ kind: 'char', char: c });
  }
  return { kind: 'atoms', atoms };
}

const atomMatches = (a: Atom, code: number, ch: string) =>
  a.kind === 'any' || (a.kind === 'char' ? a.char === ch : a.kind === 'class' ? a.ranges.some(([lo, hi]) => code >= lo && code <= hi) !== a.negated : false);

/** One name against one segment's atoms: O(name x atoms) at worst, never exponential. */
function segmentMatches(atoms: Atom[], name: string, dot: boolean): boolean {
  if (!dot && name.startsWith('.') && !(atoms[0]?.kind === 'char' && atoms[0].char === '.')) return false;
  let i = 0;
  let j = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (i < name.length) {
    const a = atoms[j];
    if (a && a.kind !== 'star' && atomMatches(a, name.charCodeAt(i), name[i])) {
      i++;
      j++;
    } else if (a?.kind === 'star') {
      starAt = j++;
      resumeAt = i;
    } else if (starAt >= 0) {
      j = starAt + 1;
      i = ++resumeAt;
    } else return false;
  }
  while (atoms[j]?.kind === 'star') j++;
  return j === atoms.length;
}

/** A path (forward slashes) against one brace-free pattern's segments: a set of states over the segments. */
function pathMatches(segments: Segment[], path: string, dot: boolean): boolean {
  const names = path.split('/');
  const closure = (states: Set<number>) => {
    for (const k of states) if (segments[k]?.kind === 'globstar') states.add(k + 1);
    return states;
  };
  let states = closure(new Set([0]));
  for (const name of names) {
    const next = new Set<number>();
    for (const k of states) {
      const seg = segments[k];
      if (!seg) continue;
      if (seg.kind === 'globstar') {
        if (dot || !name.startsWith('.')) next.add(k);
      } else if (segmentMatches(seg.atoms, name, dot)) next.add(k + 1);
    }
    if (!next.size) return false;
    states = closure(next);
  }
  return states.has(segments.length);
}

/** A compiled glob (or list of globs: any may match). Throws GlobError for an unusable pattern. */
export function globMatcher(patterns: string | readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  const dot = options.dot ?? false;
  const compiled = (typeof patterns === 'string' ? [patterns] : patterns).map((raw) => {
    if (raw.length > MAX_PATTERN) throw new GlobError(`a glob longer than ${MAX_PATTERN} characters`);
    let pattern = raw;
    let negated = false;
    while (pattern.startsWith('!')) {
      negated = !negated;
      pattern = pattern.slice(1);
    }
    pattern = pattern.replace(/^(\.\/)+/, '');
    const alternatives = expandBraces(pattern).map((p) => p.split('/').filter((s, i, all) => s !== '' || i === all.length - 1).map(parseSegment));
    return { negated, alternatives };
  });
  return (path: string) => {
    const p = path.replace(/^(\.\/)+/, '');
    return compiled.some(({ negated, alternatives }) => alternatives.some((segments) => pathMatches(segments, p, dot)) !== negated);
  };
}

/** Why a glob cannot be used, or undefined (for config checks). */
export function globError(pattern: string): string | undefined {
  try {
    globMatcher(pattern);
    return undefined;
  } catch (e) {
    if (e instanceof GlobError) return e.message;
    throw e;
  }
}

/** True when the pattern has glob syntax (else it is a plain path). */
export const isGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);
