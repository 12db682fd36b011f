import { builtInResources } from '../../src/node/index.js';
import { lexiconOf, FLAG } from '../../src/terms/lexicon.js';
const lx = lexiconOf(builtInResources());
for (const w of process.argv.slice(2)) { const f = lx.wordFlags(w); console.log(w, Object.entries(FLAG).filter(([, v]) => typeof v === 'number' && (f & (v as number))).map(([k]) => k).join(',')); }
