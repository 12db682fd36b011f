// A test-time grammar oracle: CMU link grammar (Debian package link-grammar, command
// link-parser) counts the words of a sentence it cannot link. A rewrite that leaves more unlinked
// words than the original broke the sentence. The product never depends on it.
import { spawnSync } from 'node:child_process';

let available: boolean | undefined;

/**
 * Is link-parser installed? .ci/run installs it, and on CI (CI set) its absence is an error;
 * elsewhere the oracle tests say they skipped.
 */
export function linkGrammarAvailable(): boolean {
  available ??= spawnSync('link-parser', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!available && process.env.CI) throw new Error('link-parser is not installed: .ci/run installs the Debian package link-grammar');
  return available;
}

/**
 * Grammatical phrases link grammar's English dictionary cannot link, each with a phrase of the
 * same grammar it can: "take it by mouth" (it reads "mouth" as a verb), "a psychedelic" (it knows
 * the word only as an adjective). Applied to both sides of a comparison, so neither gains.
 */
const BLIND_SPOTS: [RegExp, string][] = [
  [/\bby mouth\b/gi, 'orally'],
  [/\b(a|the|serotonergic|classic) psychedelics?\b/gi, '$1 drug'],
  // A sentence that opens with the modal "May" (a hedged list item: "May reduce pain") is read
  // as the month.
  [/^([\s\-+*•✔✓]*)May\b/, '$1may'],
];

/** Plain words for the parser: no Markdown, no reviewer markers, one line, no "!" commands. */
export function plainSentence(text: string): string {
  return BLIND_SPOTS.reduce((s, [re, to]) => s.replace(re, to), text)
    .replace(/\[citation needed\]/gi, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^?\d+\]|\[\d+(?:[,\s–-]+\d+)*\]/g, '')
    .replace(/[*_`#>]+/g, ' ')
    .replace(/^[\s\-+•✔✓]+/, '')
    .replace(/\s+/g, ' ')
    .replace(/^!+/, '')
    .trim();
}

/**
 * Is a line a heading in Title Case ("Lasting Relief Without Side Effects")? Link grammar reads
 * sentences; it cannot link a title's capitalised words, so the oracle leaves titles out.
 */
export function isTitle(line: string): boolean {
  const words = plainSentence(line).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && !/[.!?]$/.test(plainSentence(line)) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
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
