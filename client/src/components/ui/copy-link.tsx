import { useId } from 'react';
import { useLocale } from '../../i18n/locale.tsx';
import { m } from '../../paraglide/messages.js';
import { Button } from './button.tsx';
import { useCopyText } from './use-copy-text.ts';

/**
 * A link the visitor keeps for later (where no e-mail can carry it): shown in full and
 * selectable, with a button that copies it and says what happened in a live region.
 */
export function CopyLink({ label, url }: { label: string; url: string }) {
  useLocale();
  const fieldId = useId();
  const { field, outcome, copy } = useCopyText<HTMLInputElement>(url);

  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          ref={field}
          id={fieldId}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 w-full min-w-0 rounded-lg border border-stone-400 bg-stone-50 px-3 text-sm text-stone-900"
        />
        <Button variant="secondary" className="shrink-0" onClick={() => void copy()}>
          {m.common_copy_link()}
        </Button>
      </div>
      <p role="status" className="mt-1 text-sm font-medium text-emerald-900">
        {outcome === 'copied' ? m.common_link_copied() : outcome === 'failed' ? m.common_copy_by_hand() : ''}
      </p>
    </div>
  );
}
