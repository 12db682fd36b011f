// --format summary and summary-json: the site audit. Pinned twice: on fixed reports (every group,
// the "any" rows, percentages, caveat topics needed but not missing), and on the seeds through the
// built CLI with only the plain rules and caveat-missing on, whose seed findings match the gold
// exactly (caveat R=1.00 P=1.00), so the counts stay put while the claim rules change.

import assert from 'node:assert/strict';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { siteAudit } from '../../src/cli/formatters/summary-audit.js';
import { formatSummary } from '../../src/cli/formatters/summary.js';
import { formatSummaryJson } from '../../src/cli/formatters/summary-json.js';
import type { FileReport } from '../../src/cli/formatters/types.js';
import type { Finding, DocumentSummary } from '../../src/core/types.js';
import { allRuleIds, cli, folder, SEEDS } from '../cli/helpers.js';

const finding = (ruleId: string, category: Finding['category'], messageId?: string): Finding => ({
  ruleId,
  category,
  severity: 1,
  message: 'm',
  ...(messageId ? { messageId } : {}),
  start: 0,
  end: 1,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  url: `https://docs/${ruleId}.md`,
  fixes: [],
});
const report = (path: string, findings: Finding[], summary: Partial<DocumentSummary> = {}): FileReport => ({
  path,
  result: { filePath: path, findings, summary: { format: 'markdown', therapies: [], topics: [], ...summary } },
});

const REPORTS: FileReport[] = [
  report(
    '/site/a.md',
    [finding('claim-absolute', 'claim'), finding('claim-absolute', 'claim'), finding('caveat-missing', 'caveat', 'driving'), finding('plain-jargon', 'plain')],
    { therapies: ['Ketamine'], topics: [{ id: 'driving', present: false }, { id: 'side-effects', present: true }], readability: { grade: 12.4, target: 8, formula: 'SMOG' } },
  ),
  report('/site/b.md', [finding('claim-speed', 'claim'), finding('term-misspelled', 'term')], {
    therapies: ['Ketamine', 'TMS'],
    topics: [{ id: 'side-effects', present: true }],
    readability: { grade: 7.5, target: 8, formula: 'SMOG' },
  }),
  report('/site/c.md', [finding('fairbalance-timeout', 'meta')], { readability: { grade: 9.1, target: 8, formula: 'SMOG' } }),
  report('/site/d.md', []),
];

describe('site audit', () => {
  it('counts articles with at least one finding per class, topic and rule', () => {
    const a = siteAudit(REPORTS, { notes: [{ path: '/site/big.md', level: 'warning', message: 'skipped' }] });
    assert.equal(a.articles, 4);
    assert.deepEqual(a.therapies, [{ name: 'Ketamine', articles: 2 }, { name: 'TMS', articles: 1 }]);
    assert.equal(a.noTherapy, 2);
    assert.deepEqual(a.readability, { formula: 'SMOG', target: 8, measured: 3, median: 9.1, min: 7.5, max: 12.4, aboveTarget: 2 });
    assert.deepEqual(a.claims.any, { articles: 2, percent: 50 });
    assert.deepEqual(a.claims.rows.map((r) => [r.id, r.articles, r.percent]), [['claim-absolute', 1, 25], ['claim-speed', 1, 25]]);
    assert.deepEqual(a.caveats.any, { articles: 1, percent: 25, needed: 2 });
    assert.deepEqual(a.caveats.rows.map((r) => [r.id, r.articles, r.needed]), [['driving', 1, 1], ['side-effects', 0, 2]]);
    assert.deepEqual(a.terms.rows.map((r) => r.id), ['term-misspelled']);
    assert.deepEqual(a.plain.rows.map((r) => r.id), ['plain-jargon']);
    assert.equal(a.incomplete, 1);
    assert.equal(a.notLinted, 1);
  });

  it('prints Markdown tables', () => {
    const md = formatSummary(REPORTS, { cwd: '/site', color: false });
    assert.equal(
      md,
      [
        '## Fair Balance site audit',
        '',
        '| | |',
        '| --- | --- |',
        '| Articles | 4 |',
        '| Therapies | Ketamine (2), TMS (1), none detected (2) |',
        '| Reading grade (SMOG) | median 9.1, range 7.5 to 12.4; 2 of 3 above the target of grade 8 |',
        '| Articles not fully checked | 1 (time budget or internal error; their counts may be low) |',
        '',
        '### Unsupported claims',
        '',
        '| Claim class | Articles | % of articles |',
        '| --- | ---: | ---: |',
        '| **Any claim** | 2 | 50% |',
        '| [claim-absolute](https://docs/claim-absolute.md) | 1 | 25% |',
        '| [claim-speed](https://docs/claim-speed.md) | 1 | 25% |',
        '',
        '### Missing safety caveats',
        '',
        '| Topic missing | Articles | % of articles | Articles that need it |',
        '| --- | ---: | ---: | ---: |',
        '| **Any topic** | 1 | 25% | 2 |',
        '| driving | 1 | 25% | 1 |',
        '| side effects | 0 | 0% | 2 |',
        '',
        '### Garbled terms',
        '',
        '| Rule | Articles | % of articles |',
        '| --- | ---: | ---: |',
        '| **Any term** | 1 | 25% |',
        '| [term-misspelled](https://docs/term-misspelled.md) | 1 | 25% |',
        '',
        '### Plain language',
        '',
        '| Rule | Articles | % of articles |',
        '| --- | ---: | ---: |',
        '| **Any plain-language finding** | 1 | 25% |',
        '| [plain-jargon](https://docs/plain-jargon.md) | 1 | 25% |',
        '',
      ].join('\n'),
    );
  });

  it('summary-json is the same audit', () => {
    assert.deepEqual(JSON.parse(formatSummaryJson(REPORTS, { cwd: '/site', color: false })), siteAudit(REPORTS));
  });

  it('an empty run says so', () => {
    const md = formatSummary([], { cwd: '/', color: false });
    assert.match(md, /\| Articles \| 0 \|/);
    assert.match(md, /no article long enough to grade/);
  });
});

describe('site audit of the seeds (built CLI)', () => {
  const dir = folder();
  for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) cpSync(join(SEEDS, f), join(dir, f));
  const rules = Object.fromEntries(allRuleIds().map((id) => [id, id.startsWith('plain-') || id === 'caveat-missing' ? 'warn' : 'off']));
  writeFileSync(join(dir, '.fairbalancerc.json'), JSON.stringify({ rules }));

  it('--format summary-json', () => {
    const r = cli(['--format', 'summary-json', '.'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.articles, 5);
    assert.deepEqual(a.therapies, [{ name: 'Ketamine', articles: 5 }]);
    assert.deepEqual(a.readability, { formula: 'SMOG', target: 8, measured: 5, median: 14.7, min: 13.5, max: 16.4, aboveTarget: 5 });
    assert.deepEqual(a.claims, { any: { articles: 0, percent: 0 }, rows: [] });
    assert.deepEqual(a.caveats.any, { articles: 5, percent: 100, needed: 5 });
    assert.deepEqual(
      Object.fromEntries(a.caveats.rows.map((r: { id: string; articles: number }) => [r.id, r.articles])),
      { 'abuse-potential': 5, 'regulatory-status': 5, contraindications: 4, 'crisis-resources': 4, 'evidence-limits': 4, driving: 3, 'individual-variation': 3, 'medical-supervision': 0, 'side-effects': 0 },
    );
    assert.deepEqual(
      Object.fromEntries(a.plain.rows.map((r: { id: string; articles: number }) => [r.id, r.articles])),
      { 'plain-jargon': 5, 'plain-readability': 5, 'plain-sentence-length': 5, 'plain-acronym': 1 },
    );
  });

  it('--format summary prints the Markdown table', () => {
    const r = cli(['--format', 'summary', '.'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^## Fair Balance site audit\n/);
    assert.match(r.stdout, /\| Reading grade \(SMOG\) \| median 14\.7, range 13\.5 to 16\.4; 5 of 5 above the target of grade 8 \|/);
    assert.match(r.stdout, /\| abuse potential \| 5 \| 100% \| 5 \|/);
    assert.match(r.stdout, /\| \[plain-acronym\]\([^)]+\) \| 1 \| 20% \|/);
  });
});
