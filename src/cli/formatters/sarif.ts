// --format sarif: SARIF 2.1.0, the format GitHub code scanning (and other CI dashboards) uploads.
// Rule metadata comes from the rule registry (and the fairbalance-* findings about the run); each
// result carries its location and, where the finding offers them, its fixes (regions as offsets
// into the file's text without a BOM). Written result by result; at most MAX_SARIF_RESULTS per
// run, which is what GitHub code scanning accepts (the rest are counted in a notification).

import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInRegistry } from '../../node/index.js';
import { docsUrl } from '../../core/rule.js';
import { META_RULES } from '../../core/meta.js';
import { ruleUrl } from '../../core/rule.js';
import type { Finding } from '../../core/types.js';
import { HOMEPAGE, VERSION } from '../version.js';
import { displayPath } from './paths.js';
import type { FormatContext, RunSummary, StreamFormat } from './types.js';

/** GitHub code scanning's limit of results per run (docs.github.com, "SARIF support for code scanning"). */
export const MAX_SARIF_RESULTS = 25000;

const LEVEL = { off: 'none', warn: 'warning', error: 'error' } as const;

interface RuleDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { category: string; tags: string[] };
}

function descriptor(id: string, description: string, category: string, level: string, url = ruleUrl(id)): RuleDescriptor {
  return {
    id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: url,
    help: { text: `${description} See ${url}`, markdown: `${description} [Read more](${url}).` },
    defaultConfiguration: { level },
    properties: { category, tags: ['fairbalance', category] },
  };
}

const descriptors = [
  ...builtInRegistry.rules.map((r) => descriptor(r.id, r.meta.docs.description, r.category, LEVEL[r.meta.recommended], docsUrl(r))),
  ...Object.entries(META_RULES).map(([id, m]) => descriptor(id, m.description, 'meta', m.default === 2 ? 'error' : 'warning')),
];
const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));

/** A SARIF artifact URI: relative to %SRCROOT% (the working folder) when inside it. */
function artifactLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = displayPath(path, cwd);
  if (isAbsolute(shown) || shown.startsWith('../')) return { uri: pathToFileURL(path).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function result(f: Finding, location: ReturnType<typeof artifactLocation>) {
  return {
    ruleId: f.ruleId,
    // A finding from outside the registry (another face's rule) has no descriptor to point at.
    ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
    level: f.severity === 2 ? 'error' : 'warning',
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
    ...(f.messageId ? { properties: { messageId: f.messageId } } : {}),
    ...(f.fixes.length
      ? {
          fixes: f.fixes.map((x) => ({
            description: { text: x.title },
            artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: { charOffset: x.range[0], charLength: x.range[1] - x.range[0] }, insertedContent: { text: x.text } }] }],
            properties: { kind: x.kind },
          })),
        }
      : {}),
  };
}

const MARK = '\u0000results\u0000';

/** The log around its results: [before the first result, after the last]. */
function frame(context: FormatContext, summary?: RunSummary): [string, string] {
  const notes = summary?.notes ?? [];
  const notifications = notes.map((n) => ({ level: n.level, message: { text: n.message }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.path, context.cwd) } }] }));
  if (summary?.dropped) {
    notifications.push({ level: 'warning', message: { text: `${summary.dropped} more results were left out: GitHub code scanning accepts at most ${MAX_SARIF_RESULTS} results per run (--format json lists every finding).` }, locations: [] });
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Fair Balance', informationUri: HOMEPAGE, version: VERSION, semanticVersion: VERSION, rules: descriptors } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: [MARK],
        // Files not fixed (and results left out), shown on code scanning's tool status page.
        invocations: [{ executionSuccessful: !notes.some((n) => n.level === 'error'), toolExecutionNotifications: notifications }],
      },
    ],
  };
  // Without indentation (a large run's log is half the size, and code scanning limits the upload).
  const text = JSON.stringify(log) + '\n';
  const mark = JSON.stringify(MARK);
  const at = text.indexOf(mark);
  return [text.slice(0, at), text.slice(at + mark.length)];
}

export const sarif: StreamFormat = {
  head: (context) => frame(context)[0],
  items(report, { cwd }) {
    if (!report) return [];
    const location = artifactLocation(report.path, cwd);
    return report.result.findings.map((f) => JSON.stringify(result(f, location)));
  },
  separator: ',',
  maxItems: MAX_SARIF_RESULTS,
  tail: (summary, context) => frame(context, summary)[1],
};
