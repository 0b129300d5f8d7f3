import { describe, expect, it } from 'vitest';
import { insertAtCursor } from './insert-at-cursor.ts';

describe('insertAtCursor', () => {
  it('inserts at the cursor and puts the cursor after it', () => {
    expect(insertAtCursor('Hoi ,', '{{firstName}}', { start: 4, end: 4 })).toEqual({ text: 'Hoi {{firstName}},', cursor: 17 });
  });

  it('replaces the selected text', () => {
    expect(insertAtCursor('Hoi Femke!', '{{firstName}}', { start: 4, end: 9 })).toEqual({ text: 'Hoi {{firstName}}!', cursor: 17 });
  });

  it('appends when the cursor position is unknown, and keeps positions inside the text', () => {
    expect(insertAtCursor('Hoi', ' {{firstName}}', { start: null, end: null })).toEqual({ text: 'Hoi {{firstName}}', cursor: 17 });
    expect(insertAtCursor('Hoi', 'x', { start: 10, end: 2 })).toEqual({ text: 'Hoix', cursor: 4 });
  });
});
