// Developer tool: how the clause model reads sentences, and what the linter says about them.
//   node scripts/dev/run.cjs scripts/dev/show.ts "Ketamine heals nerve pain." ["Another sentence."]
// Each sentence is placed under a heading naming a therapy, as in an article.
import { buildDoc } from '../../src/core/document.js';
import { parseMarkdownTree } from '../../src/core/markdown-parser.js';
import { assertionsOf } from '../../src/assertions/analyse.js';
import { lint } from '../../src/node/index.js';

const HEADING = '# Ketamine therapy\n\n';
for (const s of process.argv.slice(2)) {
  const text = HEADING + s;
  const doc = buildDoc(text, parseMarkdownTree(text), 'markdown');
  console.log(`\n=== ${s}`);
  for (const sentence of [...doc.sentences].slice(1)) {
    const a = assertionsOf(sentence.tokens, sentence.text, sentence.start);
    console.log('words:', a.words.map((w, i) => `${i}:${w.token.norm}/${w.tag}${w.lemma !== w.token.norm ? `(${w.lemma})` : ''}${w.form ? `[${w.form}]` : ''}`).join(' '));
    a.clauses.forEach((c, i) => {
      const subj = c.subject ? a.words.slice(c.subject.first, c.subject.last + 1).map((w) => w.token.norm).join(' ') : '-';
      const verbs = c.verbs.map((v) => `${v.lemma}${v.particle ? ' ' + v.particle : ''}${v.modals.length ? `{${v.modals.join(',')}}` : ''}${v.negated ? ' NEG' : ''}${v.passive ? ' PASS' : ''}${v.copula ? ' COP' : ''}${v.belief ? ' BELIEF' : ''}${v.vagueSource ? ' VAGUE' : ''}`).join(' + ');
      console.log(`  clause ${i} ${c.kind}${c.opener ? `(${c.opener})` : ''} [${c.first}-${c.last}] subject "${subj}":${c.subjectKind}${c.inheritsFrom !== undefined ? ` <-${c.inheritsFrom}` : ''} verbs ${verbs || '-'} ${a.modality[i]}${c.goal ? ' GOAL' : ''}`);
    });
    for (const c of a.candidates) console.log(`  candidate ${c.cls}/${c.detail} clause ${c.clause} "${a.words.slice(c.span.first, c.span.last + 1).map((w) => w.token.norm).join(' ')}"${c.absolute ? ' absolute' : ''}${c.needsTherapy ? ' needsTherapy' : ''}`);
    if (a.question) console.log('  (question)');
  }
  for (const f of lint(text, { format: 'markdown' }).findings) if (f.start >= HEADING.length) console.log(`  -> ${f.ruleId} "${text.slice(f.start, f.end)}": ${f.message}`);
}
