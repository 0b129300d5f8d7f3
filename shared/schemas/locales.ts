/**
 * The languages of the app, without zod (the scan's first page needs the list, not a schema);
 * common.ts builds the `Locale` schema from it and re-exports it.
 */
export const LOCALES = ['nl', 'en'] as const;
