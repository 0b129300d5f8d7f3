import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { Locale } from '#shared/schemas/common.ts';
import { INSIGHT_MAX_DAYS, INSIGHT_PRESETS, periodProblem } from '#shared/schemas/insight.ts';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useSearch } from '../../../hooks/use-search.ts';
import { formatDay } from '../utils/format-insight.ts';
import { periodSearch, type PeriodChoice } from '../utils/insight-period.ts';

const presetClass =
  'inline-flex min-h-11 items-center rounded-lg border border-stone-400 bg-white px-4 font-medium text-stone-800 hover:border-brand-600 hover:bg-brand-50 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white';

export type PeriodError = { field: 'from' | 'to'; message: string };

/** What is wrong with a period typed or put in the address, in her language; null when it can be shown. */
export function periodError(from: string, to: string, locale: Locale): PeriodError | null {
  if (from === '') return { field: 'from', message: m.insight_period_required() };
  if (to === '') return { field: 'to', message: m.insight_period_required() };
  if (!periodProblem(from, to)) return null;
  return {
    field: 'to',
    message:
      from > to
        ? m.insight_period_inverted({ from: formatDay(from, locale) })
        : m.insight_period_too_long({ max: String(INSIGHT_MAX_DAYS) }),
  };
}

type PeriodPickerProps = {
  choice: PeriodChoice;
  /** The days the choice covers. */
  dates: { from: string; to: string };
  /** Why the period in the address cannot be shown, if so. */
  error: PeriodError | null;
};

/**
 * The period: three presets (links: each is an address of its own) and a range of her own. The
 * fields show the period on screen; "Show this period" puts the typed range in the address bar.
 * A range that cannot be shown (out of order, over a year) says why at the field.
 */
export function PeriodPicker({ choice, dates, error }: PeriodPickerProps) {
  useLocale();
  return (
    <div className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
      <nav aria-label={m.insight_period_label()}>
        <ul className="flex flex-wrap gap-2">
          {INSIGHT_PRESETS.map((days) => (
            <li key={days}>
              <Link
                href={`/insight?${periodSearch({ preset: days })}`}
                className={presetClass}
                aria-current={choice.preset === days ? 'true' : undefined}
              >
                {m.insight_period_days({ days: String(days) })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* Another period in the address starts the fields again from it. */}
      <CustomRangeForm key={`${dates.from}|${dates.to}`} dates={dates} addressError={error} />
    </div>
  );
}

function CustomRangeForm({ dates, addressError }: { dates: { from: string; to: string }; addressError: PeriodError | null }) {
  const { locale } = useLocale();
  const [, setSearch] = useSearch();
  const [from, setFrom] = useState(dates.from);
  const [to, setTo] = useState(dates.to);
  const [typedError, setTypedError] = useState<PeriodError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const error = typedError ?? addressError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = periodError(from, to, locale);
    setTypedError(problem);
    if (problem) {
      form.current?.querySelector<HTMLInputElement>(`[name="${problem.field}"]`)?.focus();
      return;
    }
    setSearch(() => new URLSearchParams(periodSearch({ preset: null, from, to })));
  };

  return (
    <form ref={form} noValidate onSubmit={submit} className="mt-4">
      <fieldset>
        <legend className="font-medium text-stone-900">{m.insight_period_custom_legend()}</legend>
        <div className="mt-2 flex flex-wrap items-start gap-x-4 gap-y-3">
          <TextField
            name="from"
            type="date"
            label={m.insight_period_from()}
            className="w-full sm:w-48"
            value={from}
            error={error?.field === 'from' ? error.message : undefined}
            onChange={(event) => {
              setFrom(event.target.value);
              setTypedError(null);
            }}
          />
          <TextField
            name="to"
            type="date"
            label={m.insight_period_to()}
            className="w-full sm:w-48"
            value={to}
            error={error?.field === 'to' ? error.message : undefined}
            onChange={(event) => {
              setTo(event.target.value);
              setTypedError(null);
            }}
          />
          <Button type="submit" variant="secondary" className="sm:mt-8">
            {m.insight_period_show()}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
