// A small declarative validator for config data. Errors name the file and the key path, and an
// unknown key names the nearest valid one, because a medical writer editing YAML needs to know
// exactly what to change.

export type Schema =
  | { type: 'string'; enum?: readonly string[]; maxLength?: number }
  | { type: 'number'; min?: number; max?: number; integer?: boolean }
  | { type: 'boolean' }
  | { type: 'array'; items: Schema; maxItems?: number }
  | { type: 'object'; properties: Record<string, Schema>; required?: readonly string[]; additional?: Schema }
  | { type: 'oneOf'; options: Schema[]; describe: string }
  | { type: 'any' };

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly detail: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

const describe = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' ? 'an object' : String(v);

const quoteList = (values: readonly string[]) =>
  values.length <= 1 ? `"${values[0]}"` : `${values.slice(0, -1).map((v) => `"${v}"`).join(', ')} or "${values[values.length - 1]}"`;

export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Config data nested deeper than this is refused (no setting needs it; deeper would overflow recursive code). */
export const MAX_DEPTH = 32;

/** The key path of the first value nested deeper than MAX_DEPTH, or undefined (an iterative walk). */
export function tooDeep(value: unknown, path = ''): string | undefined {
  const stack: [unknown, string, number][] = [[value, path, 0]];
  while (stack.length) {
    const [v, at, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_DEPTH) return at;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${at}[${i}]`, depth + 1]));
    else for (const [k, x] of Object.entries(v)) stack.push([x, at ? `${at}.${k}` : k, depth + 1]);
  }
  return undefined;
}

/** Throws a ConfigError for the first problem found; returns the value unchanged. */
export function validate<T>(value: unknown, schema: Schema, file: string, path = ''): T {
  const deep = tooDeep(value, path);
  if (deep !== undefined) throw new ConfigError(file, deep, `nested more than ${MAX_DEPTH} levels deep`);
  check(value, schema, file, path);
  return value as T;
}

function check(value: unknown, schema: Schema, file: string, path: string): void {
  const fail = (detail: string): never => {
    throw new ConfigError(file, path, detail);
  };
  switch (schema.type) {
    case 'any':
      return;
    case 'string':
      if (typeof value !== 'string') fail(`expected a string, got ${describe(value)}`);
      if (schema.enum && !schema.enum.includes(value as string)) fail(`expected ${quoteList(schema.enum)}, got ${describe(value)}`);
      if (schema.maxLength !== undefined && (value as string).length > schema.maxLength) fail(`longer than ${schema.maxLength} characters`);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(`expected a number, got ${describe(value)}`);
      if (schema.integer && !Number.isInteger(value)) fail(`expected a whole number, got ${describe(value)}`);
      if (schema.min !== undefined && (value as number) < schema.min) fail(`must be at least ${schema.min}, got ${describe(value)}`);
      if (schema.max !== undefined && (value as number) > schema.max) fail(`must be at most ${schema.max}, got ${describe(value)}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail(`expected true or false, got ${describe(value)}`);
      return;
    case 'array':
      if (!Array.isArray(value)) fail(`expected a list, got ${describe(value)}`);
      if (schema.maxItems !== undefined && (value as unknown[]).length > schema.maxItems) fail(`more than ${schema.maxItems} entries`);
      (value as unknown[]).forEach((item, i) => check(item, schema.items, file, `${path}[${i}]`));
      return;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`expected an object, got ${describe(value)}`);
      const obj = value as Record<string, unknown>;
      for (const [key, v] of Object.entries(obj)) {
        const sub = path ? `${path}.${key}` : key;
        // Own keys only: "constructor" or "__proto__" must not find Object.prototype's.
        const prop = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
        if (prop) check(v, prop, file, sub);
        else if (schema.additional) check(v, schema.additional, file, sub);
        else {
          const near = nearest(key, Object.keys(schema.properties));
          throw new ConfigError(file, sub, `unknown key${near ? `; did you mean "${near}"?` : ''}`);
        }
      }
      // After the unknown keys, so that a misspelled required key gets "did you mean".
      for (const key of schema.required ?? []) {
        if (!Object.hasOwn(obj, key)) throw new ConfigError(file, path, `missing required key "${key}"`);
      }
      return;
    }
    case 'oneOf': {
      for (const option of schema.options) {
        try {
          check(value, option, file, path);
          return;
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
        }
      }
      fail(`expected ${schema.describe}, got ${describe(value)}`);
    }
  }
}
