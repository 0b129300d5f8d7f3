/**
 * Merge fields in the VA's follow-up templates: `{{firstName}}`, `{{hoursFreed}}`, `{{topTasks}}`,
 * `{{bookingLink}}`. Pure text in, text out: escaping is the renderer's job (React escapes every
 * merged value), so a value can never become markup.
 */
export const MERGE_FIELDS = ['firstName', 'hoursFreed', 'topTasks', 'bookingLink'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Record<MergeField, string>;

const FIELD_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isMergeField(name: string): name is MergeField {
  return (MERGE_FIELDS as readonly string[]).includes(name);
}

/** The names between `{{ }}` that are not merge fields, in order of appearance, without repeats. */
export function unknownMergeFields(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(FIELD_PATTERN)) {
    const name = match[1] ?? '';
    if (!isMergeField(name)) unknown.add(name);
  }
  return [...unknown];
}

/** The text with every known merge field replaced by its value; unknown ones are left as typed. */
export function applyMergeFields(text: string, values: MergeValues): string {
  return text.replace(FIELD_PATTERN, (whole, name: string) => (isMergeField(name) ? values[name] : whole));
}
