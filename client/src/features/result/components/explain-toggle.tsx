import { type ReactNode, useId, useState } from 'react';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';

/**
 * "How we worked this out" under a figure: a disclosure button (aria-expanded) rather than
 * <details>, because a closed <details> cannot be opened by a print stylesheet, and on paper
 * every explanation should show.
 */
export function ExplainToggle({ figure, children }: { figure: string; children: ReactNode }) {
  useLocale();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="mt-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-11 items-center gap-1 rounded-md py-2 text-sm font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800 print:hidden"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className={`size-4 shrink-0 transition-transform ${open ? 'rotate-90' : ''}`}
        >
          <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {open ? m.result_explain_hide() : m.result_explain_show()}
        <span className="sr-only">: {figure}</span>
      </button>
      <div
        id={panelId}
        className={`${open ? 'block' : 'hidden'} space-y-2 rounded-md bg-stone-50 p-3 text-sm text-stone-700 print:block print:bg-transparent print:p-0`}
      >
        {children}
      </div>
    </div>
  );
}
