// Shapes the language layer shares.

/** How a verb token is inflected. */
export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund';
