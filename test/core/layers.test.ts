// The layers import downwards only (ARCHITECTURE.md):
//   0 core  <-  1 knowledge  <-  2 analyses (language, assertions, mentions, claims, caveats, terms, plain)  <-  3 rules  <-  4 faces
// Every `import ... from`, `export ... from`, `import()` and `require()` in src/**/*.ts is read;
// the test fails on an edge that goes up a layer, on a Node built-in (node:fs, path, ...) or a
// Node global (process, __dirname, require) below the faces, and on an import cycle, between
// files or between folders (analyses may use each other, but not both ways).

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const SRC = resolve(__dirname, '../..', 'src');

const LAYERS: [RegExp, number, string][] = [
  [/^core\//, 0, 'core'],
  [/^types\.d\.ts$/, 0, 'core'],
  [/^knowledge\//, 1, 'knowledge'],
  [/^(language|assertions|mentions|claims|caveats|terms|plain)\//, 2, 'analyses'],
  [/^rules\//, 3, 'rules'],
  [/^(cli|server|extension|node|web)\/|^index\.ts$/, 4, 'faces'],
];
const FACES = 4;

function layerOf(file: string): { layer: number; name: string } {
  const hit = LAYERS.find(([re]) => re.test(file));
  if (!hit) throw new Error(`src/${file} is in no layer: add its folder to LAYERS (and ARCHITECTURE.md)`);
  return { layer: hit[1], name: hit[2] };
}

/** The top-level folder of a file (its module): "claims", "core"; "index.ts" for the root file. */
const folderOf = (file: string) => file.split('/')[0];

/**
 * The source with comments removed. With `blankStrings`, string and template contents are
 * blanked too (for looking at identifiers); regular expression literals are kept as they are.
 */
function stripComments(src: string, blankStrings = false): string {
  let out = '';
  let i = 0;
  let lastSignificant = '';
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
      out += ' ';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += blankStrings ? c + ' '.repeat(Math.max(0, j - i - 1)) + c : src.slice(i, j + 1);
      i = j + 1;
      lastSignificant = c;
      continue;
    }
    // A regular expression literal starts where an expression can: keep it whole, so a `//` or `/*` inside it is no comment.
    if (c === '/' && (lastSignificant === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant) || /\b(return|typeof|in|of|case)$/.test(out.trimEnd()))) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n' && (inClass || src[j] !== '/')) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j++;
      }
      out += src.slice(i, j + 1);
      i = j + 1;
      lastSignificant = '/';
      continue;
    }
    out += c;
    if (!/\s/.test(c)) lastSignificant = c;
    i++;
  }
  return out;
}

// Statements found in the source with strings blanked (so text inside a string is never taken
// for an import); each ends at the specifier's opening quote, read from the unblanked source.
const IMPORTS = [
  /(?:^|[^\w$.])(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s*)?['"]/g,
  /(?:^|[^\w$.])import\s*\(\s*['"]/g,
  /(?:^|[^\w$.])require\s*\(\s*['"]/g,
];

function specifiersOf(src: string): string[] {
  const code = stripComments(src);
  const blank = stripComments(src, true);
  return IMPORTS.flatMap((re) =>
    [...blank.matchAll(re)].map((m) => {
      const quote = m.index + m[0].length - 1;
      return code.slice(quote + 1, code.indexOf(code[quote], quote + 1));
    }),
  );
}

/** The src-relative file a relative specifier names ("./rule.js" -> "core/rule.ts"). */
function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = join(dirname(join(SRC, from)), spec);
  const candidates = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return hit && relative(SRC, hit).split('\\').join('/');
}

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [relative(SRC, p).split('\\').join('/')] : [];
  });
}

const BUILTINS = new Set(builtinModules);
const isBuiltin = (spec: string) => spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]);
const NODE_GLOBALS = /(?:^|[^\w$.])(process\s*\.|__dirname\b|__filename\b|require\s*\(|Buffer\s*\.)/;

/** A cycle in a directed graph, as a path that starts and ends at the same node, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | undefined => {
    state.set(n, 'open');
    path.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') return [...path.slice(path.indexOf(m)), m];
      if (!state.has(m)) {
        const found = visit(m);
        if (found) return found;
      }
    }
    path.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of [...graph.keys()].sort()) {
    if (state.has(n)) continue;
    const found = visit(n);
    if (found) return found;
  }
  return undefined;
}

describe('layers', () => {
  const files = sourceFiles();
  const edges: { from: string; to: string }[] = [];
  const problems = { unresolved: [] as string[], builtins: [] as string[], globals: [] as string[] };
  for (const file of files) {
    const src = readFileSync(join(SRC, file), 'utf8');
    const below = layerOf(file).layer < FACES;
    for (const spec of specifiersOf(src)) {
      if (spec.startsWith('.')) {
        const to = resolveSpecifier(file, spec);
        if (to) edges.push({ from: file, to });
        else problems.unresolved.push(`${file}: ${spec}`);
      } else if (below && isBuiltin(spec)) problems.builtins.push(`${file}: ${spec}`);
    }
    const globals = below ? NODE_GLOBALS.exec(stripComments(src, true)) : null;
    if (globals) problems.globals.push(`${file}: ${globals[1].trim()}`);
  }

  it('reads the imports (the parser is not silently blind)', () => {
    assert.ok(files.length > 50, `${files.length} files`);
    assert.ok(edges.length > 150, `${edges.length} edges`);
    assert.ok(edges.some((e) => e.from === 'core/lint.ts' && e.to === 'core/document.ts'));
    assert.ok(edges.some((e) => e.from === 'knowledge/claims.ts' && e.to === 'knowledge/claims.yaml'));
    assert.deepEqual(problems.unresolved, []);
  });

  it('every file belongs to a layer', () => {
    for (const f of files) layerOf(f);
  });

  it('no import goes up a layer', () => {
    const up = edges
      .filter((e) => layerOf(e.to.replace(/\.ya?ml$/, '.ts')).layer > layerOf(e.from).layer)
      .map((e) => `${e.from} (${layerOf(e.from).name}) -> ${e.to} (${layerOf(e.to).name})`);
    assert.deepEqual(up, []);
  });

  it('nothing below the faces imports a Node built-in or uses a Node global', () => {
    assert.deepEqual(problems.builtins, []);
    assert.deepEqual(problems.globals, []);
  });

  it('no import cycle between files', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) (graph.get(e.from) ?? graph.set(e.from, new Set()).get(e.from)!).add(e.to);
    const cycle = findCycle(graph);
    assert.equal(cycle, undefined, `import cycle: ${cycle?.join(' -> ')}`);
  });

  it('no import cycle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      const [a, b] = [folderOf(e.from), folderOf(e.to)];
      if (a !== b) (graph.get(a) ?? graph.set(a, new Set()).get(a)!).add(b);
    }
    const cycle = findCycle(graph);
    assert.equal(cycle, undefined, `folder cycle: ${cycle?.join(' -> ')}`);
  });
});

describe('the layer checks themselves', () => {
  it('see imports past comments, regular expressions and strings', () => {
    const src = [
      "import { a } from './a.js'; // import { no } from './commented.js'",
      "/* import x from './block.js' */ const re = /\\/*x/; const s = \"import y from './string.js'\";",
      "export {\n  b,\n  type C,\n} from './b.js';",
      "const later = await import('./c.js');",
      "import './side-effect.js';",
    ].join('\n');
    assert.deepEqual(specifiersOf(src), ['./a.js', './b.js', './side-effect.js', './c.js']);
  });
  it('find a cycle and say where it is', () => {
    const g = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]);
    assert.deepEqual(findCycle(g), ['a', 'b', 'c', 'a']);
    assert.equal(findCycle(new Map([['a', new Set(['b'])]])), undefined);
  });
});
