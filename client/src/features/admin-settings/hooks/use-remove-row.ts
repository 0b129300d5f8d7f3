import { useEffect, useRef } from 'react';

/**
 * Removing a row of a list (a package, a site, a step) also removes the button that was pressed:
 * focus continues at the list's add button, once it is rendered (enabled again, if the list was
 * full). Put `addButton` on that button and call `removeRow` instead of the field array's remove.
 */
export function useRemoveRow(remove: (index: number) => void) {
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAddButton = useRef(false);
  useEffect(() => {
    if (!focusAddButton.current) return;
    focusAddButton.current = false;
    addButton.current?.focus();
  });
  const removeRow = (index: number) => {
    focusAddButton.current = true;
    remove(index);
  };
  return { addButton, removeRow };
}
