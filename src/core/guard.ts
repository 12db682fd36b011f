// Markdown shapes that make the Markdown parser slow (quadratic in micromark) or overflow its
// recursive tree walks: containers nested scores of levels deep, long runs of emphasis
// delimiters, thousands of link openings in one paragraph. No article has them; a fuzzer, a data dump or a paste accident can. One linear pass
// finds them, and lint() then reads the file as plain text, so the editor never freezes.

/** Nesting no article needs; 10,000 levels overflow the stack, 2,000 take seconds to parse. */
export const MAX_CONTAINER_DEPTH = 64;
/** Longer runs of `*`, `_` or `~` make emphasis matching quadratic (8,000 take about a second). */
export const MAX_DELIMITER_RUN = 200;
/** More `](` (link or image starts) in one paragraph make link matching quadratic (20,000: 2.5 s). */
export const MAX_LINKS_PER_BLOCK = 1000;

const isSpace = (c: number) => c === 32 || c === 9;
const isBreak = (c: number) => c === 10 || c === 13;

/** Why `text` should not be parsed as Markdown, or undefined when it is safe to. */
export function markdownHazard(text: string): string | undefined {
  let atLineStart = true;
  let links = 0;
  for (let i = 0; i < text.length; ) {
    if (atLineStart) {
      // Container markers that open the line: `>`, `-`/`*`/`+` bullets and `1.` / `1)` numbers.
      let depth = 0;
      for (;;) {
        while (i < text.length && isSpace(text.charCodeAt(i))) i++;
        const c = text.charCodeAt(i);
        if (c === 62 /* > */) i++;
        else if ((c === 45 || c === 42 || c === 43) && isSpace(text.charCodeAt(i + 1))) i += 2;
        else {
          let j = i;
          while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
          const after = text.charCodeAt(j);
          if (j > i && (after === 46 || after === 41) && isSpace(text.charCodeAt(j + 1))) i = j + 2;
          else break;
        }
        if (++depth > MAX_CONTAINER_DEPTH) return `it nests more than ${MAX_CONTAINER_DEPTH} quote or list levels`;
      }
      atLineStart = false;
      if (i >= text.length || isBreak(text.charCodeAt(i))) links = 0; // a blank line ends the block
      continue;
    }
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      atLineStart = true;
      i++;
    } else if (c === 42 || c === 95 || c === 126) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) === c) j++;
      if (j - i > MAX_DELIMITER_RUN) return `it has a run of ${j - i} "${text[i]}" characters`;
      i = j;
    } else if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */ && ++links > MAX_LINKS_PER_BLOCK) {
      return `it has more than ${MAX_LINKS_PER_BLOCK} links in one paragraph`;
    } else i++;
  }
  return undefined;
}
