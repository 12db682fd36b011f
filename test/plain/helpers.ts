// The document model lint() builds for a text, for tests of the plain analyses: a registry whose
// one rule keeps the Doc it is given, so the parsing is lint()'s own.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint } from '../../src/core/lint.js';
import type { Doc } from '../../src/core/document.js';
import type { RuleModule } from '../../src/core/rule.js';
import type { Registry } from '../../src/core/registry.js';

let kept: Doc | undefined;
const keeper: RuleModule = {
  id: 'keep-doc',
  category: 'meta',
  meta: { docs: { description: 'keeps the document model' }, recommended: 'warn', fixable: false, messages: {} },
  create(context) {
    kept = context.doc;
  },
};
const registry: Registry = { rules: [keeper] };

export function docOf(text: string, format: 'markdown' | 'text' = 'markdown'): Doc {
  kept = undefined;
  lint(text, { registry, format, config: { rules: { 'keep-doc': 'warn' } } });
  if (!kept) throw new Error('no document');
  return kept;
}

export const ROOT = resolve(__dirname, '..', '..');
const SHARED = resolve(ROOT, '..', 'shared', 'corpus');

/** Articles by name: the seeds, the tune half of the dev corpus (odd numbers only) and test/corpus. */
export function corpusTexts(): { name: string; text: string; format: 'markdown' | 'text' }[] {
  const from = (dir: string, keep: (f: string) => boolean) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.(md|txt)$/.test(f) && keep(f))
          .sort()
          .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8'), format: (f.endsWith('.txt') ? 'text' : 'markdown') as 'markdown' | 'text' }))
      : [];
  return [
    ...from(join(SHARED, 'seeds'), () => true),
    // Only the odd-numbered dev articles: the even ones are held out (BRIEFING.md).
    ...from(join(SHARED, 'dev'), (f) => /^\d+-/.test(f) && Number.parseInt(f, 10) % 2 === 1),
    ...from(join(ROOT, 'test', 'corpus'), () => true),
  ];
}
