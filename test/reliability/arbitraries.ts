// fast-check generators for the reliability tests: hostile text and configs drawn from the schema.

import fc from 'fast-check';
import type { Schema } from '../../src/core/schema.js';
import { rules } from '../../src/rules/index.js';

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

// Pieces of Markdown structure, line endings and article words that rules react to (claims,
// misspelled terms, caveat topics), so that random text also produces findings with fixes.
const FRAGMENTS = [
  '# ', '## ', '> ', '- ', '* ', '1. ', '   ', '\t', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\uFEFF', '\0', '\u0007',
  '```', '```js\n', '~~~', '`', '<!--', '-->', '<!-- fairbalance-disable -->', '<!-- fairbalance-enable -->',
  '<!-- fairbalance-disable-next-line claim-* -->', '<!-- fairbalance-disable-line -->', '<div>', '</div>',
  '*', '**', '_', '~~', '[', ']', '](', ')', '[^1]', '[^1]: ', '![', '| a | b |\n|---|---|\n', '---\n', '---\ntitle: x\n---\n',
  'https://example.com/a', '<https://x.org>', '$', '%', '😀', '\uD83D', '\uDE00', '\u0301', 'é', 'ﬁ', '\u200B',
  'Ketamine', 'ketamine', 'ketamin', 'esketamine', 'infusion', 'infusions', 'cures', 'cure', 'depression',
  'guaranteed', '100%', 'safe', 'completely', 'permanently', 'side effects', 'nausea', 'driving', "isn't", "can't", 'pain-free',
  'Ketamine infusions cure depression permanently.', 'Our treatment is 100% safe and guaranteed to work.',
  'Ketamin infusions help many patients.', 'Side effects can include nausea.', '.', ',', '?', '!', ' ', ' ', ' ',
];

export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: codeUnit, maxLength: 5 })), { maxLength: 80 }).map((p) => p.join('')),
);

const WORDS = ['cure', 'heal', 'ketamine', 'safe', 'pain', 'free', 'relief', 'instant', 'always', 'never', 'work'];
/** A valid phrase pattern (see phrases.ts). */
const phrasePattern = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom('=cure', '*', '#', '...', '[very|so]', 'cure|heal')), { maxLength: 4 }), fc.constantFrom(...WORDS))
  .map(([parts, last]) => [...parts, last].join(' '));

/** Valid values for a schema node; `path` picks the few keys that need domain values. */
function fromSchema(schema: Schema, path: string): fc.Arbitrary<unknown> {
  if (path.endsWith('rules')) {
    // A severity, or with options drawn from the rule's own schema (a rule without one takes none).
    const severity = fc.constantFrom('off', 'warn', 'error');
    const settings = rules.map((r) => [r.id, r.meta.schema ? fc.oneof(severity, fc.tuple(severity, fromSchema(r.meta.schema, `${path}.${r.id}[1]`))) : severity] as const);
    return fc.record(Object.fromEntries(settings), { requiredKeys: [] });
  }
  if (path.endsWith('pattern')) return phrasePattern;
  if (path.endsWith('files')) return fc.oneof(fc.constantFrom('**/*.md', 'faq/**', '*.txt'), fc.array(fc.constantFrom('a/**', '**/b.md'), { maxLength: 2 }));
  switch (schema.type) {
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    case 'string':
      return schema.enum ? fc.constantFrom(...schema.enum) : fc.string({ unit: 'binary', maxLength: Math.min(schema.maxLength ?? 30, 30) });
    case 'number':
      return schema.integer ? fc.integer({ min: schema.min ?? 0, max: Math.min(schema.max ?? 1e7, 1e7) }) : fc.double({ min: schema.min ?? 0, max: schema.max ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fromSchema(schema.items, `${path}[]`), { maxLength: 3 });
    case 'oneOf':
      return fc.oneof(...schema.options.map((o) => fromSchema(o, path)));
    case 'object': {
      const keys = Object.keys(schema.properties).filter((k) => k !== '$schema');
      const entries = Object.fromEntries(keys.map((k) => [k, fromSchema(schema.properties[k], `${path}.${k}`)]));
      const required = (schema.required ?? []) as string[];
      return fc.record(entries, { requiredKeys: required });
    }
  }
}

export const configFrom = (schema: Schema) => fromSchema(schema, '');
