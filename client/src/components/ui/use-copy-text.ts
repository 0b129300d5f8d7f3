import { useRef, useState } from 'react';

export type CopyOutcome = 'copied' | 'failed' | null;

/**
 * Copies `text` to the clipboard and says how it went. Without a clipboard (e.g. an http://
 * address that is not localhost) it selects the field that shows the text, for Ctrl+C.
 */
export function useCopyText<Field extends HTMLInputElement | HTMLTextAreaElement>(text: string) {
  const field = useRef<Field>(null);
  const [outcome, setOutcome] = useState<CopyOutcome>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      field.current?.select();
      setOutcome('failed');
    }
  };
  return { field, outcome, copy, reset: () => setOutcome(null) };
}
