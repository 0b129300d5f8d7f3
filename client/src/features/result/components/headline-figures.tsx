import { formatCents, formatHours } from '#shared/format/format.ts';
import type { DelegationResultV2 } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { signedEuros } from './money-text.ts';

/**
 * The two numbers a prospect came for, on the first screen of a phone: the time they get back
 * once everything runs (from month 3) and what is left after the VA's real price, plus one line
 * on month 1, so nobody reads the full gain as day one's.
 */
export function HeadlineFigures({ result }: { result: DelegationResultV2 }) {
  const { locale } = useLocale();
  const later = result.fromMonthThree;
  const first = result.firstMonth;

  if (later.freedMinutes === 0) {
    return (
      <section aria-labelledby="result-headline-heading">
        <h2 id="result-headline-heading" className="sr-only">
          {m.result_headline_heading()}
        </h2>
        <p className="rounded-xl border border-stone-200 bg-white p-4">{m.result_headline_nothing()}</p>
      </section>
    );
  }

  const negative = later.netCents < 0;
  return (
    <section aria-labelledby="result-headline-heading" className="break-inside-avoid">
      <h2 id="result-headline-heading" className="sr-only">
        {m.result_headline_heading()}
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:gap-3">
        <div className="rounded-xl border border-brand-600 bg-brand-50 p-3 sm:p-4">
          <dt className="text-sm font-medium text-stone-700">{m.result_headline_freed_label()}</dt>
          <dd className="mt-1">
            <span className="block text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">
              {formatHours(later.freedMinutes, locale)}
            </span>
            <span className="block text-xs leading-snug text-stone-700 sm:text-sm">{m.result_headline_freed_unit()}</span>
          </dd>
        </div>
        <div
          className={`rounded-xl border p-3 sm:p-4 ${negative ? 'border-amber-300 bg-amber-50' : 'border-brand-600 bg-brand-50'}`}
        >
          <dt className="text-sm font-medium text-stone-700">
            {negative ? m.result_headline_net_negative_label() : m.result_headline_net_label()}
          </dt>
          <dd className="mt-1">
            <span className="block text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">
              {signedEuros(negative ? -later.netCents : later.netCents, locale)}
            </span>
            <span className="block text-xs leading-snug text-stone-700 sm:text-sm">{m.result_headline_net_unit()}</span>
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-sm text-stone-700">
        {first.freedMinutes > 0
          ? m.result_headline_month1({
              hours: formatHours(first.freedMinutes, locale),
              cost: formatCents(first.costCents, locale),
            })
          : m.result_headline_month1_none()}{' '}
        {m.result_headline_estimates()}
      </p>
    </section>
  );
}
