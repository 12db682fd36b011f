// Knowledge files are YAML, turned into JSON modules at build time (see esbuild.js).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
