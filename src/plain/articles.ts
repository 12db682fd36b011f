// "a" or "an" before a word, by how it sounds: enough for the plain words and expansions the
// plain-* fixes insert (their own data), not a general English rule.

const LETTER_NAMES_WITH_VOWEL_SOUND = /^[aefhilmnorsx]/i;
const VOWEL_LETTER_CONSONANT_SOUND = /^(?:uni|use|usu|ura|uro|ure|eu|ewe|one\b|once)/i;
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

/** The indefinite article for `word` (a word, an acronym read letter by letter, or "N-methyl"). */
export function indefiniteArticle(word: string): 'a' | 'an' {
  // A letter read as its name: "an MRI", "an N-methyl-D-aspartate receptor", "a CT scan".
  if (/^[A-Z](?:[A-Z]|[-\u2010]|$)/.test(word)) return LETTER_NAMES_WITH_VOWEL_SOUND.test(word) ? 'an' : 'a';
  if (SILENT_H.test(word)) return 'an';
  if (VOWEL_LETTER_CONSONANT_SOUND.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** `article` ("a", "An", ...) changed to suit `nextWord`, in the same case. */
export function articleFor(article: string, nextWord: string): string {
  const wanted = indefiniteArticle(nextWord);
  if (article.toLowerCase() === wanted) return article;
  if (article === article.toUpperCase() && article.length > 1) return wanted.toUpperCase();
  return /^[A-Z]/.test(article) ? wanted[0].toUpperCase() + wanted.slice(1) : wanted;
}
