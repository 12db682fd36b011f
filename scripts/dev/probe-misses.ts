// Developer tool: the spun-term probe's misses, with the relation each swap has in the detector's table.
//   node scripts/dev/run.cjs scripts/dev/probe-misses.ts
import { builtInResources, lint, resolveConfig } from '../../src/node/index.js';
import { lexiconOf } from '../../src/terms/lexicon.js';
import { stemsOf } from '../../src/terms/expression-index.js';
import { probeCases } from '../../test/terms/spun-probe.test.js';

const config = resolveConfig({});
const table = lexiconOf(builtInResources()).terms.expressions!.index!;
const relation = (word: string, swap: string) => {
  const w = word.toLowerCase();
  const keys = new Set([swap, stemsOf(swap).join(' ')]);
  for (const [name, t] of [['strong', table.strong], ['weak', table.weak]] as const)
    for (const role of ['h:', 'm:']) for (const s of (t[role + w] ?? '').split('|')) if (keys.has(s.replace(/^~?\^?/, ''))) return `${name}${role}${s.startsWith('~') ? '~' : ''}`;
  return 'none';
};
for (const top of [5, Infinity]) for (const c of probeCases(14, top)) {
  const text = `You can read about ${c.garbled} on the next page.`;
  const hits = lint(text, { config, format: 'text' }).findings.filter((f) => f.category === 'term');
  if (!hits.length) console.log(`${c.garbled} (${c.expression}): ${c.swaps.map(([w, s]) => `${w}->${s} ${relation(w, s)}`).join(', ')}`);
}
