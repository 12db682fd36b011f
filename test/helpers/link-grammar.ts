// A test-time grammar oracle: CMU link grammar (Debian package link-grammar, command
// link-parser) counts the words of a sentence it cannot link. A rewrite that leaves more unlinked
// words than the original broke the sentence. The product never depends on it.
import { spawnSync } from 'node:child_process';

let available: boolean | undefined;

/** Is link-parser installed? (.ci/run installs it; elsewhere the oracle tests say they skipped.) */
export function linkGrammarAvailable(): boolean {
  available ??= spawnSync('link-parser', ['--version'], { encoding: 'utf8' }).status === 0;
  return available;
}

/** Plain words for the parser: no Markdown, no reviewer markers, one line, no "!" commands. */
export function plainSentence(text: string): string {
  return text
    .replace(/\[citation needed\]/gi, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^?\d+\]|\[\d+(?:[,\s–-]+\d+)*\]/g, '')
    .replace(/[*_`#>]+/g, ' ')
    .replace(/^\s*[-+]\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/^!+/, '')
    .trim();
}

/** The number of unlinked words of each sentence (link-parser's UNUSED count), in order. */
export function unlinkedWords(sentences: readonly string[]): number[] {
  if (!sentences.length) return [];
  const input = sentences.map(plainSentence).map((s) => (s ? s : 'Empty.')).join('\n') + '\n';
  const r = spawnSync('link-parser', ['-graphics=0', '-verbosity=1', '-timeout=5', '-limit=100'], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`link-parser failed: ${r.stderr}`);
  const counts = [...r.stdout.matchAll(/(?:Linkage 1|Unique linkage), cost vector = \(UNUSED=(\d+)/g)].map((m) => Number(m[1]));
  if (counts.length !== sentences.length) throw new Error(`link-parser parsed ${counts.length} of ${sentences.length} sentences`);
  return counts;
}
