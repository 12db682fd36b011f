// --format sarif: SARIF 2.1.0, the format GitHub code scanning (and other CI dashboards) uploads.
// Rule metadata comes from the rule registry; each result carries its location and, where the
// finding offers them, its fixes (regions as offsets into the file's text without a BOM).

import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInRegistry } from '../../node/index.js';
import { docsUrl, ruleUrl } from '../../core/rule.js';
import type { Finding } from '../../core/types.js';
import { HOMEPAGE, VERSION } from '../version.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

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

/** A SARIF artifact URI: relative to %SRCROOT% (the working folder) when inside it. */
function artifactLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = displayPath(path, cwd);
  if (isAbsolute(shown) || shown.startsWith('../')) return { uri: pathToFileURL(path).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export const formatSarif: Formatter = (reports, { cwd, notes = [] }) => {
  const descriptors = builtInRegistry.rules.map((r) => descriptor(r.id, r.meta.docs.description, r.category, LEVEL[r.meta.recommended], docsUrl(r)));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const ruleIndex = (f: Finding) => {
    let i = index.get(f.ruleId);
    if (i === undefined) {
      // Findings from outside the registry (e.g. fairbalance-timeout) still need a descriptor.
      i = descriptors.push(descriptor(f.ruleId, f.message, f.category, 'warning')) - 1;
      index.set(f.ruleId, i);
    }
    return i;
  };
  const results = reports.flatMap(({ path, result }) => {
    const location = artifactLocation(path, cwd);
    return result.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex(f),
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
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Fair Balance', informationUri: HOMEPAGE, version: VERSION, semanticVersion: VERSION, rules: descriptors } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        // Skipped and unreadable files, shown on code scanning's tool status page.
        invocations: [
          {
            executionSuccessful: !notes.some((n) => n.level === 'error'),
            toolExecutionNotifications: notes.map((n) => ({
              level: n.level,
              message: { text: n.message },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.path, cwd) } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
