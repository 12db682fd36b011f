// The blind caveat paraphrase table (paraphrases.yaml, written from RUBRIC section 2 by someone
// who never read the code): each row goes into a short article about its therapy (a title, one
// neutral sentence, the row), and its topic must be reported missing exactly when the row does
// not disclose it. Every row is kept as written; a row we believe RUBRIC decides the other way is
// listed in DISAGREEMENTS with why, and runs as a todo (reported, not failed). Borderline rows
// are not counted. The pass rate per topic is printed at the end.

import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { lint, resolveConfig } from '../../src/node/index.js';
import { TOPIC_IDS, type TopicId } from '../../src/knowledge/topics.js';
import table from './paraphrases.yaml';

interface Row {
  therapy: string;
  text: string;
  why?: string;
  borderline?: boolean;
  also?: string[];
}
type Table = Record<TopicId, { present: Row[]; absent: Row[] }>;

/**
 * Rows where we believe RUBRIC section 2 decides the other way, by row text: the reason is
 * printed with the todo. (Kept in the test, not the table: the table stays blind.)
 */
export const DISAGREEMENTS: Record<string, string> = {};

// Only caveat-missing runs: the claim rules are being rebuilt and play no part here.
const config = resolveConfig({});
for (const id of Object.keys(config.rules)) if (id !== 'caveat-missing') config.rules[id] = [0, undefined];

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * The article a row goes into. The neutral sentence names the therapy and discloses nothing; for
 * crisis resources it says the article is about depression (RUBRIC: a mental-health article needs
 * crisis lines), as the table's therapies for that topic ("acupuncture for depression") intend.
 */
export function articleFor(topic: TopicId, row: Row): string {
  const name = capitalised(row.therapy);
  const neutral =
    topic === 'crisis-resources'
      ? `${name} is a treatment offered at our clinic for depression. Many people who come to us have lived with depression for years.`
      : `${name} is a treatment offered at our clinic.`;
  return `# ${name}\n\n${neutral}\n\n${row.text}\n`;
}

/** What the linter says of a row's topic: needed at all, and reported missing. */
function verdict(topic: TopicId, row: Row): { needed: boolean; missing: boolean } {
  const result = lint(articleFor(topic, row), { format: 'markdown', config });
  return {
    needed: result.summary.topics.some((t) => t.id === topic),
    missing: result.findings.some((f) => f.ruleId === 'caveat-missing' && f.messageId === topic),
  };
}

const tally = new Map<TopicId, { present: [number, number]; absent: [number, number]; todo: number }>();

describe('caveat paraphrase table (blind, RUBRIC section 2)', () => {
  for (const topic of TOPIC_IDS) {
    const rows = (table as Table)[topic];
    if (!rows) continue;
    const t = { present: [0, 0] as [number, number], absent: [0, 0] as [number, number], todo: 0 };
    tally.set(topic, t);
    for (const kind of ['present', 'absent'] as const) {
      for (const row of rows[kind]) {
        if (row.borderline) continue;
        const name = `${topic} ${kind}: ${row.therapy}: "${row.text}"`;
        const disagreement = DISAGREEMENTS[row.text];
        it(name, disagreement ? { todo: disagreement } : {}, () => {
          const v = verdict(topic, row);
          const ok = v.needed && v.missing === (kind === 'absent');
          if (disagreement) t.todo++;
          else {
            t[kind][1]++;
            if (ok) t[kind][0]++;
          }
          assert.ok(v.needed, `${topic} is not needed for "${row.therapy}"`);
          assert.equal(v.missing, kind === 'absent', kind === 'present' ? 'reported missing although the row discloses it' : 'counted as present although the row does not disclose it');
        });
      }
    }
  }
  after(() => {
    const lines = [...tally].map(([topic, t]) => {
      const pass = t.present[0] + t.absent[0];
      const all = t.present[1] + t.absent[1];
      return `  ${topic.padEnd(22)} ${pass}/${all} (${((100 * pass) / Math.max(1, all)).toFixed(0)}%)  present ${t.present[0]}/${t.present[1]}, absent ${t.absent[0]}/${t.absent[1]}${t.todo ? `, ${t.todo} disagreement(s)` : ''}`;
    });
    console.log(`caveat paraphrase pass rate by topic:\n${lines.join('\n')}`);
  });
});
