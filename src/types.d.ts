// Knowledge files are YAML, turned into JSON modules at build time (see esbuild.js).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}

// WordNet word classes, computed at build time (scripts/wordnet-classes.mjs, see esbuild.js).
declare module 'fairbalance:word-classes' {
  const data: { verbs: string; commonVerbs: string; changeVerbs: string; intransitiveVerbs: string; adjectives: string; adverbs: string; nounKinds: string };
  export default data;
}
