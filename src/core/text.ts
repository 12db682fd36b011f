// Offsets, lines and columns, counted the way ESLint (and the scorer) count them.

const BOM = '\uFEFF';

/**
 * Characters ignored inside words (see english.ts): format controls that render as nothing (soft
 * hyphen, zero-width space and joiners, bidi controls, word joiner, variation selectors, tags).
 */
export const IGNORABLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDFFF]/;
export const IGNORABLE_ALL = new RegExp(IGNORABLE.source, 'g');

/**
 * Orders strings by their UTF-16 code units. For identifiers (rule IDs, fix kinds: lower-case
 * ASCII and hyphens) this is the order localeCompare gives, without the ICU collator that the
 * first localeCompare call of a process builds (8 ms of a cold start) and without the locale.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Splits a leading byte-order mark off the text; offsets everywhere are into the text without it. */
export function splitBom(raw: string): { bom: boolean; text: string } {
  return raw.charCodeAt(0) === 0xfeff ? { bom: true, text: raw.slice(1) } : { bom: false, text: raw };
}

export function withBom(bom: boolean, text: string): string {
  return bom ? BOM + text : text;
}

/** Line starts for 1-based line/column lookups. Line breaks: CRLF, LF, CR, U+2028, U+2029. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    const re = /\r\n|[\r\n\u2028\u2029]/g;
    for (let m = re.exec(text); m; m = re.exec(text)) this.starts.push(m.index + m[0].length);
  }

  /** 1-based line and column of an offset (clamped into the text). */
  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo] + 1 };
  }

  /** The offset where a 1-based line begins. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** The line ending the text mostly uses, for text that a fix inserts. */
export function dominantEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}
