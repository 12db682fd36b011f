// Config file text -> validated config: JSON (a `fairbalance` key in package.json) or YAML.
// No file system here: the faces read the files (src/node/config-files.ts) and hand over the text.

import { parseDocument } from 'yaml';
import { ConfigError, validateConfig, type UserConfig } from './config.js';
import type { Registry } from './registry.js';

/** Parses config text; errors name the file, and the line and column for syntax errors. */
export function parseConfigText(text: string, path: string, registry: Registry): UserConfig | undefined {
  const name = path.split(/[\\/]/).pop() ?? path;
  let data: unknown;
  if (name.endsWith('.json')) {
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      const msg = (e as Error).message;
      // Node names the position for some JSON errors only ("Unexpected token" has none).
      const at = Number(/position (\d+)/.exec(msg)?.[1] ?? jsonErrorOffset(text.replace(/^\uFEFF/, '')));
      let where = '';
      if (at >= 0) {
        const before = text.slice(0, at);
        const line = before.split('\n').length;
        where = `line ${line}, column ${at - before.lastIndexOf('\n')}: `;
      }
      throw new ConfigError(path, '', `invalid JSON: ${where}${msg.replace(/ in JSON at position \d+.*$/, '').replace(/, \.\.\."[\s\S]*$/, '')}`);
    }
    if (name === 'package.json') {
      if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.hasOwn(data, 'fairbalance')) return undefined;
      const own = (data as Record<string, unknown>).fairbalance;
      // A present but empty key would hide a config further up without a word.
      if (typeof own !== 'object' || own === null || Array.isArray(own)) {
        throw new ConfigError(path, 'fairbalance', `expected an object of settings, got ${own === null ? 'null' : Array.isArray(own) ? 'a list' : JSON.stringify(own)}`);
      }
      try {
        return validateConfig(own, path, registry);
      } catch (e) {
        if (e instanceof ConfigError) throw new ConfigError(path, e.key ? `fairbalance.${e.key}` : 'fairbalance', e.detail);
        throw e;
      }
    }
  } else {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      const e = doc.errors[0];
      const pos = e.linePos?.[0];
      throw new ConfigError(path, '', `invalid YAML: ${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`);
    }
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // The yaml library's guard against "billion laughs" expansion.
      if (e instanceof ReferenceError && /alias/i.test(e.message)) throw new ConfigError(path, '', 'invalid YAML: too many aliases (*name) to expand; write the values out');
      throw new ConfigError(path, '', `invalid YAML: ${(e as Error).message}`);
    }
  }
  return validateConfig(data ?? {}, path, registry);
}

const SCALAR = /(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/y;

/** Offset of the first JSON syntax error in `text` (or -1): a small scanner, for the line and column. */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          value();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    SCALAR.lastIndex = i;
    const m = SCALAR.exec(text);
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : -1;
  }
}
