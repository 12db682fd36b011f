// The site audit behind --format summary and summary-json: over every article linted, how many
// have at least one finding of each claim class (claim-* rule), each missing caveat topic
// (caveat-missing's messageId), each term and plain-language rule, and the reading grades. Built
// from the findings and summaries alone, so it follows whatever rules ran.

import type { FileReport, FormatContext } from './types.js';

export interface AuditRow {
  /** Rule id, or for caveats the topic id. */
  id: string;
  /** Articles with at least one such finding. */
  articles: number;
  /** Of all articles linted, one decimal. */
  percent: number;
  /** The rule's documentation page. */
  url?: string;
  /** Caveats only: articles that need the topic (their summary lists it). */
  needed?: number;
}

export interface AuditGroup {
  /** Articles with at least one finding of the group (caveats: and the articles that need any topic). */
  any: { articles: number; percent: number; needed?: number };
  rows: AuditRow[];
}

export interface SiteAudit {
  articles: number;
  /** Subject therapies and the articles about each, most first. */
  therapies: { name: string; articles: number }[];
  /** Articles in which no therapy was detected. */
  noTherapy: number;
  readability: {
    formula?: string;
    /** The target most articles were held to. */
    target?: number;
    /** Articles long enough to grade. */
    measured: number;
    median?: number;
    min?: number;
    max?: number;
    aboveTarget: number;
  };
  claims: AuditGroup;
  caveats: AuditGroup;
  terms: AuditGroup;
  plain: AuditGroup;
  /** Articles with a fairbalance-* finding (time budget, internal error): their counts may be incomplete. */
  incomplete: number;
  /** Files named but not linted (ignored, too large, binary, unreadable): not counted as articles. */
  notLinted: number;
}

const percentOf = (n: number, total: number) => (total ? Math.round((n / total) * 1000) / 10 : 0);
const byCount = <T extends { articles: number }>(key: (x: T) => string) => (a: T, b: T) => b.articles - a.articles || key(a).localeCompare(key(b));

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : Math.round(((s[mid - 1] + s[mid]) / 2) * 10) / 10;
}

/** The most frequent value (ties: the first seen). */
function mostCommon<T>(xs: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | undefined;
  for (const [x, n] of counts) if (best === undefined || n > counts.get(best)!) best = x;
  return best;
}

type GroupName = 'claims' | 'caveats' | 'terms' | 'plain';

function groupOf(ruleId: string, category: string): GroupName | undefined {
  if (ruleId.startsWith('claim')) return 'claims';
  if (ruleId === 'caveat-missing' || (ruleId.startsWith('caveat') && category === 'caveat')) return 'caveats';
  if (ruleId.startsWith('term')) return 'terms';
  if (ruleId.startsWith('plain')) return 'plain';
  return undefined;
}

export function siteAudit(reports: FileReport[], context?: Pick<FormatContext, 'notes'>): SiteAudit {
  const total = reports.length;
  const linted = new Set(reports.map((r) => r.path));
  const therapies = new Map<string, number>();
  let noTherapy = 0;
  let incomplete = 0;
  const grades: { grade: number; target: number; formula: string }[] = [];
  const hits: Record<GroupName, Map<string, { articles: number; url?: string }>> = { claims: new Map(), caveats: new Map(), terms: new Map(), plain: new Map() };
  const any: Record<GroupName, number> = { claims: 0, caveats: 0, terms: 0, plain: 0 };
  const needed = new Map<string, number>();
  let needAny = 0;

  for (const { result } of reports) {
    const { summary, findings } = result;
    if (summary.therapies.length) for (const t of new Set(summary.therapies)) therapies.set(t, (therapies.get(t) ?? 0) + 1);
    else noTherapy++;
    for (const t of summary.topics) needed.set(t.id, (needed.get(t.id) ?? 0) + 1);
    if (summary.topics.length) needAny++;
    if (summary.readability) grades.push(summary.readability);
    const seen = new Set<string>();
    const seenGroups = new Set<GroupName>();
    let metaSeen = false;
    for (const f of findings) {
      if (f.ruleId.startsWith('fairbalance')) metaSeen = true;
      const group = groupOf(f.ruleId, f.category);
      if (!group) continue;
      const id = group === 'caveats' ? f.messageId ?? f.ruleId : f.ruleId;
      seenGroups.add(group);
      const key = `${group}\u0000${id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = hits[group].get(id) ?? { articles: 0, url: group === 'caveats' ? undefined : f.url };
      row.articles++;
      hits[group].set(id, row);
    }
    for (const g of seenGroups) any[g]++;
    if (metaSeen) incomplete++;
  }

  const group = (name: GroupName): AuditGroup => {
    const rows: AuditRow[] = [...hits[name]].map(([id, r]) => ({ id, articles: r.articles, percent: percentOf(r.articles, total), ...(r.url ? { url: r.url } : {}) }));
    if (name === 'caveats') {
      // Every topic some article needs gets a row, missing in none or not.
      for (const id of needed.keys()) if (!hits.caveats.has(id)) rows.push({ id, articles: 0, percent: 0 });
      for (const r of rows) r.needed = needed.get(r.id) ?? 0;
    }
    const anyRow = { articles: any[name], percent: percentOf(any[name], total), ...(name === 'caveats' ? { needed: needAny } : {}) };
    return { any: anyRow, rows: rows.sort(byCount((r) => r.id)) };
  };

  const values = grades.map((g) => g.grade);
  return {
    articles: total,
    therapies: [...therapies].map(([name, articles]) => ({ name, articles })).sort(byCount((t) => t.name)),
    noTherapy,
    readability: {
      ...(grades.length ? { formula: [...new Set(grades.map((g) => g.formula))].join(', '), target: mostCommon(grades.map((g) => g.target)) } : {}),
      measured: grades.length,
      ...(grades.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values) } : {}),
      aboveTarget: grades.filter((g) => g.grade > g.target).length,
    },
    claims: group('claims'),
    caveats: group('caveats'),
    terms: group('terms'),
    plain: group('plain'),
    incomplete,
    notLinted: new Set((context?.notes ?? []).map((n) => n.path).filter((p) => !linted.has(p))).size,
  };
}
