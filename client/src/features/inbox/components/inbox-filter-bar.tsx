import { useEffect, useState } from 'react';
import { INBOX_SORTS, INTAKE_STATUSES, InboxSort, MAX_SEARCH_LENGTH, type IntakeStatus } from '#shared/schemas/admin-intakes.ts';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { isFiltered, type InboxFilters } from '../utils/inbox-filters.ts';
import { sortLabels, statusLabels } from '../../../components/admin/admin-labels.ts';
import { SelectBox } from '../../../components/admin/select-box.tsx';

/** Typing pauses this long before the list follows the search box. */
const SEARCH_DEBOUNCE_MS = 300;

type InboxFilterBarProps = {
  filters: InboxFilters;
  onChange: (change: Partial<InboxFilters>, options?: { replace?: boolean }) => void;
  datesInvalid: boolean;
};

/**
 * Search, sort, dates and statuses. Every control applies at once (no "apply" button): the
 * list below says how many it shows, politely, so a screen reader hears the effect.
 */
export function InboxFilterBar({ filters, onChange, datesInvalid }: InboxFilterBarProps) {
  useLocale();
  // The search box shows what is typed; the address bar follows after a pause.
  const [text, setText] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    // The address changed by itself (back / forward, "clear filters"): show its search.
    setShownQ(filters.q);
    // (Not when it only trimmed what is being typed: "zoe " stays, for the next word.)
    if (filters.q.trim() !== text.trim()) setText(filters.q);
  }
  useEffect(() => {
    if (text.trim() === filters.q.trim()) return;
    const timer = setTimeout(() => onChange({ q: text }, { replace: true }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filters.q, onChange]);

  const toggleStatus = (status: IntakeStatus, on: boolean) => {
    const next = on ? [...filters.statuses, status] : filters.statuses.filter((s) => s !== status);
    onChange({ statuses: INTAKE_STATUSES.filter((s) => next.includes(s)) });
  };

  return (
    <form
      role="search"
      aria-label={m.admin_filters_label()}
      className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5"
      onSubmit={(event) => {
        // Enter in the search box searches now.
        event.preventDefault();
        onChange({ q: text }, { replace: true });
      }}
    >
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <TextField
          name="q"
          type="search"
          label={m.admin_filters_search()}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_SEARCH_LENGTH}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <SelectBox
          name="sort"
          label={m.admin_filters_sort()}
          options={INBOX_SORTS.map((sort) => ({ value: sort, label: sortLabels[sort]() }))}
          value={filters.sort}
          onChange={(event) => onChange({ sort: InboxSort.parse(event.target.value) })}
        />
        <TextField
          name="from"
          type="date"
          label={m.admin_filters_from()}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => onChange({ from: event.target.value })}
        />
        <TextField
          name="to"
          type="date"
          label={m.admin_filters_to()}
          value={filters.to}
          min={filters.from || undefined}
          error={datesInvalid ? m.admin_filters_dates_invalid() : undefined}
          onChange={(event) => onChange({ to: event.target.value })}
        />
      </div>
      <fieldset className="mt-4" aria-describedby="inbox-status-hint">
        <legend className="font-medium text-stone-900">{m.admin_filters_status()}</legend>
        <p id="inbox-status-hint" className="mt-1 text-sm text-stone-600">
          {m.admin_filters_status_hint()}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          {INTAKE_STATUSES.map((status) => (
            <label
              key={status}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-400 bg-white px-3 py-2 text-sm transition-colors hover:border-brand-600 has-checked:border-brand-600 has-checked:bg-brand-50"
            >
              <input
                type="checkbox"
                name="status"
                value={status}
                checked={filters.statuses.includes(status)}
                onChange={(event) => toggleStatus(status, event.target.checked)}
                className="size-5 shrink-0 accent-brand-600"
              />
              {statusLabels[status]()}
            </label>
          ))}
        </div>
      </fieldset>
      {isFiltered(filters) ? (
        <Button variant="quiet" className="mt-3 -ml-2" onClick={() => onChange({ statuses: [], from: '', to: '', q: '' })}>
          {m.admin_filters_clear()}
        </Button>
      ) : null}
    </form>
  );
}
