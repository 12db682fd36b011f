// Developer tool: WordNet's kind of each noun (as the analyses read it).
//   node scripts/dev/run.cjs scripts/dev/kind.ts urine water
import { nounKind } from '../../src/language/wordclasses.js';
for (const w of process.argv.slice(2)) console.log(w, nounKind(w));
