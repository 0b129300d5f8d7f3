/**
 * Puts `insert` in `text` where the cursor is: over the selected part (start…end), or at the
 * end when the position is unknown. Returns the new text and where the cursor goes: just after
 * what was inserted, so the VA can type on.
 */
export function insertAtCursor(
  text: string,
  insert: string,
  selection: { start: number | null; end: number | null },
): { text: string; cursor: number } {
  const start = clamp(selection.start ?? text.length, text.length);
  const end = Math.max(start, clamp(selection.end ?? start, text.length));
  return { text: text.slice(0, start) + insert + text.slice(end), cursor: start + insert.length };
}

function clamp(position: number, length: number): number {
  return Math.min(Math.max(position, 0), length);
}
