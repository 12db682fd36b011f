// What the core is given besides its registry: data rules read that the core neither loads nor
// knows the shape of (the term lexicon). Only the faces assemble it.

/**
 * Data rules read that the core neither loads nor knows the shape of, by name (`lexicon`).
 * The module that reads a resource exports a typed accessor for it.
 */
export type Resources = Readonly<Record<string, unknown>>;

/**
 * Thrown by a resource accessor when the face did not provide the resource (or could not load
 * it). lint() turns it into one internal-error finding per resource, naming the rules it stopped;
 * the other rules' findings are kept.
 */
export class MissingResource extends Error {
  constructor(
    readonly resource: string,
    /** Why, for the finding: "dist/lexicon.bin not found ...". */
    readonly reason: string,
  ) {
    super(`the ${resource} is missing: ${reason}`);
    this.name = 'MissingResource';
  }
}
