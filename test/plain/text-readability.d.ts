// The parts of text-readability (no types of its own) that agreement.test.ts uses.
declare module 'text-readability' {
  interface Readability {
    sentenceCount(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    syllableCount(text: string, lang?: string): number;
    polySyllableCount(text: string): number;
    smogIndex(text: string): number;
    fleschKincaidGrade(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
