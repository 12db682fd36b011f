// Where a word sits in the source: words inside a URL, an e-mail address or a file path are not
// prose, whatever a parser made of them.

const NOT_PROSE = /:\/\/|^www\.|@|\.(?:com|org|net|gov|edu|io|co|uk|us|html?|php|pdf)\b|^\.{0,2}\/\w|\/\S*\//i;

/** True when the run of non-space characters around [start, end) is a URL, address or path. */
export function inUrlOrPath(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]) && start - from < 300) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]) && to - end < 300) to++;
  return NOT_PROSE.test(text.slice(from, to).replace(/^[(<["'`]+/, ''));
}
