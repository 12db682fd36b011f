// Developer tool: how the expression table relates a word of an expression to a swap.
//   node scripts/dev/run.cjs scripts/dev/relation.ts pressure stress [events happenings ...] ['phrase in quotes' ...]
import { builtInResources } from '../../src/node/index.js';
import { lexiconOf } from '../../src/terms/lexicon.js';
import { stemsOf } from '../../src/terms/expression-index.js';

const data = lexiconOf(builtInResources()).terms.expressions!;
const table = data.index!;
const args = process.argv.slice(2);
const pairs = args.filter((a) => !a.includes(' '));
for (let i = 0; i + 1 < pairs.length; i += 2) {
  const [w, swap] = [pairs[i], pairs[i + 1]];
  const keys = new Set([swap, stemsOf(swap).join(' ')]);
  for (const [name, t] of [['strong', table.strong], ['weak', table.weak]] as const)
    for (const role of ['h:', 'm:']) {
      const list = (t[role + w] ?? '').split('|');
      const hit = list.filter((s) => keys.has(s.replace(/^~?\^?/, '')));
      console.log(`${w} -> ${swap} ${name} ${role} ${hit.length ? hit.join(',') : '-'} (of ${list.length})`);
    }
}
const inUse = new Set(table.inUse);
for (const p of args.filter((a) => a.includes(' '))) console.log(p, 'in use:', inUse.has(p), 'expression:', data.index!.keys.includes(stemsOf(p).join(' ')));
