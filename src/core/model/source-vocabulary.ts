// The words of source metadata that clients show and send, without its zod schema: the VS Code extension's
// pickers need these, not the validator (which would add zod to the extension's bundle).
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A partial ISO date: `2024-06-18`, `2024-06` or `2024`. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The fields that describe the source (as opposed to the boilerplate decisions). */
export const META_FIELDS = ['title', 'outlet', 'source', 'published', 'url', 'author', 'language'] as const;
export type MetaField = (typeof META_FIELDS)[number];
