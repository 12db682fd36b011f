// --format summary: the site audit as Markdown tables, for a pull-request comment or a report:
// articles, therapies, reading grades, and per claim class, caveat topic, term and plain-language
// rule the articles with at least one finding. --format summary-json gives the same for tooling.

import { siteAudit, type AuditGroup, type SiteAudit } from './summary-audit.js';
import type { Formatter } from './types.js';

const pct = (p: number) => `${Math.round(p)}%`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const link = (id: string, url?: string) => (url ? `[${id}](${url})` : id);
const topicName = (id: string) => id.replace(/-/g, ' ');

function overview(a: SiteAudit): string[] {
  const therapies = [...a.therapies.map((t) => `${t.name} (${t.articles})`), ...(a.noTherapy ? [`none detected (${a.noTherapy})`] : [])];
  const r = a.readability;
  const grade = r.measured
    ? `median ${r.median!.toFixed(1)}, range ${r.min!.toFixed(1)} to ${r.max!.toFixed(1)}; ${r.aboveTarget} of ${r.measured} above the target of grade ${r.target}`
    : 'no article long enough to grade';
  const rows = [
    ['Articles', String(a.articles)],
    ['Therapies', therapies.length ? therapies.join(', ') : 'none'],
    [`Reading grade${r.formula ? ` (${r.formula})` : ''}`, grade],
  ];
  if (a.notLinted) rows.push(['Files not linted', `${a.notLinted} (skipped or ignored; see the warnings)`]);
  if (a.incomplete) rows.push(['Articles not fully checked', `${a.incomplete} (time budget or internal error; their counts may be low)`]);
  return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)];
}

function table(title: string, head: string, anyLabel: string, g: AuditGroup, needed = false): string[] {
  if (!g.rows.length) return [];
  const columns = needed ? `| ${head} | Articles | % of articles | Articles that need it |` : `| ${head} | Articles | % of articles |`;
  const rule = needed ? '| --- | ---: | ---: | ---: |' : '| --- | ---: | ---: |';
  const row = (label: string, n: number, p: number, need?: number) => `| ${label} | ${n} | ${pct(p)} |${needed ? ` ${need ?? ''} |` : ''}`;
  return [
    '',
    `### ${title}`,
    '',
    columns,
    rule,
    row(`**${anyLabel}**`, g.any.articles, g.any.percent, g.any.needed),
    ...g.rows.map((r) => row(needed ? topicName(r.id) : link(r.id, r.url), r.articles, r.percent, r.needed)),
  ];
}

export function auditMarkdown(a: SiteAudit): string {
  return [
    '## Fair Balance site audit',
    '',
    ...overview(a),
    ...table('Unsupported claims', 'Claim class', 'Any claim', a.claims),
    ...table('Missing safety caveats', 'Topic missing', 'Any topic', a.caveats, true),
    ...table('Garbled terms', 'Rule', 'Any term', a.terms),
    ...table('Plain language', 'Rule', 'Any plain-language finding', a.plain),
    '',
  ].join('\n');
}

export const formatSummary: Formatter = (reports, context) => auditMarkdown(siteAudit(reports, context));
