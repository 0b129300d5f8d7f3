import type { ReactNode } from 'react';
import { formatCents, formatHours } from '#shared/format/format.ts';
import type { DelegationResultV1 as DelegationResult } from '#shared/schemas/result-v1.ts';
import { useLocale } from '../../../../i18n/locale.tsx';
import { m } from '../../../../paraglide/messages.js';
import { explainFigures } from './explain-figures.ts';
import { bucketTitle } from '../result-labels.ts';
import { ExplainToggle } from '../explain-toggle.tsx';

type FigureProps = {
  label: string;
  value: string;
  unit: string;
  tone?: 'plain' | 'gain' | 'cost';
  children: ReactNode;
};

function Figure({ label, value, unit, tone = 'plain', children }: FigureProps) {
  const toneClass =
    tone === 'gain'
      ? 'border-brand-600 bg-brand-50'
      : tone === 'cost'
        ? 'border-amber-300 bg-amber-50'
        : 'border-stone-200 bg-white';
  return (
    <li className={`break-inside-avoid rounded-xl border p-4 ${toneClass}`}>
      <h3 className="text-sm font-medium text-stone-700">{label}</h3>
      <p className="mt-1">
        <span className="text-3xl font-semibold tracking-tight text-stone-900">{value}</span>{' '}
        <span className="text-sm text-stone-700">{unit}</span>
      </p>
      <ExplainToggle figure={label}>{children}</ExplainToggle>
    </li>
  );
}

/** The headline numbers, each with the sum behind it. */
export function ResultFigures({ result }: { result: DelegationResult }) {
  const { locale } = useLocale();
  const { totals } = result;
  const explained = explainFigures(result);
  const hours = (minutes: number) => formatHours(minutes, locale);
  // A real minus sign, glued to the amount so a line never breaks between them.
  const euros = (cents: number) => formatCents(cents, locale).replace('-', '\u2212\u2060');
  const wholeEuros = (cents: number) => formatCents(cents, locale, { wholeEuros: true });
  const net = totals.netGainCentsPerMonth;
  const netIsNegative = net < 0;
  const freed = hours(totals.freedMinutesPerMonth);
  const va = hours(totals.vaMinutesPerMonth);

  if (totals.freedMinutesPerMonth === 0) {
    return (
      <section aria-labelledby="result-figures-heading" className="break-inside-avoid">
        <h2 id="result-figures-heading" className="text-xl font-semibold text-stone-900">
          {m.result_figures_heading()}
        </h2>
        <p className="mt-3 rounded-xl border border-stone-200 bg-white p-4">{m.result_nothing_freed()}</p>
      </section>
    );
  }

  const netExplanation = (
    <p>
      {m.result_explain_net({
        value: euros(totals.freedValueCentsPerMonth),
        cost: euros(totals.vaCostCentsPerMonth),
        net: euros(net),
      })}
    </p>
  );

  return (
    <section aria-labelledby="result-figures-heading">
      <h2 id="result-figures-heading" className="text-xl font-semibold text-stone-900">
        {m.result_figures_heading()}
      </h2>
      <ul role="list" className="mt-3 grid gap-3 sm:grid-cols-2">
        <Figure label={m.result_figure_freed_label()} value={freed} unit={m.result_per_month()}>
          <p>{m.result_explain_freed_intro({ entered: hours(totals.enteredMinutesPerMonth) })}</p>
          <ul className="list-disc space-y-1 pl-5">
            {explained.freedByBucket.map(({ bucket, minutes }) => (
              <li key={bucket}>
                {bucketTitle(bucket)}: {hours(minutes)}
              </li>
            ))}
          </ul>
          <p>{m.result_explain_freed_rest()}</p>
        </Figure>

        <Figure label={m.result_figure_va_label()} value={va} unit={m.result_per_month()}>
          <p>
            {explained.efficiency && explained.efficiency.min !== explained.efficiency.max
              ? m.result_explain_va_range({
                  min: String(explained.efficiency.min),
                  max: String(explained.efficiency.max),
                  average: String(explained.efficiency.average),
                  freed,
                  va,
                })
              : m.result_explain_va_single({
                  percent: String(explained.efficiency?.average ?? 100),
                  freed,
                  va,
                })}
          </p>
        </Figure>

        <Figure
          label={m.result_figure_value_label()}
          value={wholeEuros(totals.freedValueCentsPerMonth)}
          unit={m.result_per_month()}
        >
          <p>
            {m.result_explain_value({
              freed,
              rate: euros(result.ownerRateCents),
              equals: explained.valueIsExact ? '=' : '≈',
              value: euros(totals.freedValueCentsPerMonth),
            })}
          </p>
          <p>{m.result_explain_value_note()}</p>
          {explained.valueIsExact ? null : <p>{m.result_explain_rounding()}</p>}
        </Figure>

        <Figure
          label={m.result_figure_cost_label()}
          value={wholeEuros(totals.vaCostCentsPerMonth)}
          unit={m.result_per_month()}
        >
          <p>
            {m.result_explain_cost({
              va,
              rate: euros(result.vaRateCents),
              equals: explained.costIsExact ? '=' : '≈',
              cost: euros(totals.vaCostCentsPerMonth),
            })}
          </p>
          {explained.costIsExact ? null : <p>{m.result_explain_rounding()}</p>}
        </Figure>

        <Figure
          label={netIsNegative ? m.result_figure_net_negative_label() : m.result_figure_net_label()}
          value={wholeEuros(Math.abs(net))}
          unit={m.result_per_month()}
          tone={netIsNegative ? 'cost' : 'gain'}
        >
          {netExplanation}
        </Figure>

        <Figure
          label={
            netIsNegative ? m.result_figure_net_year_negative_label() : m.result_figure_net_year_label()
          }
          value={wholeEuros(Math.abs(totals.netGainCentsPerYear))}
          unit={m.result_per_year()}
          tone={netIsNegative ? 'cost' : 'gain'}
        >
          {netExplanation}
          <p>{m.result_explain_net_year({ net: euros(net), year: euros(totals.netGainCentsPerYear) })}</p>
        </Figure>
      </ul>

      {netIsNegative ? (
        <p className="mt-3 break-inside-avoid rounded-xl border border-amber-300 bg-amber-50 p-4">
          {m.result_net_negative({ amount: euros(-net), freed })}
        </p>
      ) : net === 0 ? (
        <p className="mt-3 break-inside-avoid rounded-xl border border-stone-200 bg-white p-4">
          {m.result_net_zero({ freed })}
        </p>
      ) : null}
    </section>
  );
}
