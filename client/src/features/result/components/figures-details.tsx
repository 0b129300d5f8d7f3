import type { ReactNode } from 'react';
import { formatCents, formatHours } from '#shared/format/format.ts';
import type { DelegationResultV2, PeriodFigures } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { ExplainToggle } from './explain-toggle.tsx';
import { signedEuros } from './money-text.ts';
import { offerLabel } from './result-labels.ts';

type Row = { label: string; cell: (period: PeriodFigures) => ReactNode; strong?: boolean };

/**
 * Every figure of both periods side by side, with how each is worked out. The amounts are exact
 * cents, so the rows add up as shown: value − cost = net, in each column.
 */
export function FiguresDetails({ result }: { result: DelegationResultV2 }) {
  const { locale } = useLocale();
  const hours = (minutes: number) => formatHours(minutes, locale);
  const euros = (cents: number) => signedEuros(cents, locale);
  const periods = [result.firstMonth, result.fromMonthThree];
  if (result.fromMonthThree.freedMinutes === 0) return null;
  const paysVat = result.vatStatus !== 'normal';
  const hasApproval = result.tasks.some((task) => task.needsMe === 'partly' && task.freedMinutes > 0);
  const extra = result.fromMonthThree.extraMinutes;

  const rows: Row[] = [
    { label: m.result_row_entered(), cell: (p) => hours(p.enteredMinutes) },
    { label: m.result_row_kept(), cell: (p) => hours(p.keptMinutes) },
    { label: m.result_row_freed(), cell: (p) => hours(p.freedMinutes), strong: true },
    { label: m.result_row_va(), cell: (p) => hours(p.vaMinutes) },
    { label: m.result_row_value(), cell: (p) => euros(p.valueCents) },
    { label: m.result_row_offer(), cell: (p) => offerLabel(p.offer, locale) },
    ...(paysVat
      ? [
          { label: m.result_row_cost_excl(), cell: (p: PeriodFigures) => euros(p.costExclVatCents) },
          { label: m.result_row_vat(), cell: (p: PeriodFigures) => euros(p.vatCents) },
        ]
      : []),
    { label: paysVat ? m.result_row_cost() : m.result_row_cost_excl(), cell: (p) => euros(p.costCents) },
    { label: m.result_row_net(), cell: (p) => euros(p.netCents), strong: true },
  ];

  return (
    <section aria-labelledby="result-details-heading" className="break-inside-avoid">
      <h2 id="result-details-heading" className="text-xl font-semibold text-stone-900">
        {m.result_details_heading()}
      </h2>
      <p className="mt-1 text-stone-800">{m.result_details_intro()}</p>
      <div className="mt-3 overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-sm tabular-nums">
          <thead>
            <tr className="border-b border-stone-200 text-left">
              <td className="p-2 sm:p-3" />
              <th scope="col" className="p-2 text-right font-semibold sm:p-3">
                {m.result_period_first()}
              </th>
              <th scope="col" className="p-2 text-right font-semibold sm:p-3">
                {m.result_period_later()}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className={`border-b border-stone-100 last:border-0 ${row.strong ? 'font-semibold' : ''}`}>
                <th scope="row" className="p-2 text-left font-normal sm:p-3">
                  {row.strong ? <strong>{row.label}</strong> : row.label}
                </th>
                {periods.map((period, index) => (
                  <td key={index} className="p-2 text-right sm:p-3">
                    {row.cell(period)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ExplainToggle figure={m.result_details_heading()}>
        <p>{m.result_explain_estimates()}</p>
        <p>
          {m.result_explain_kept({ share: String(result.briefingSharePercent) })}
          {hasApproval ? ` ${m.result_explain_kept_approval({ approval: String(result.approvalSharePercent) })}` : ''}
        </p>
        <p>{m.result_explain_va_v2()}</p>
        <p>{m.result_explain_value_billed({ rate: formatCents(result.ownerRateCents, locale) })}</p>
        {result.rateKind === 'target' ? <p>{m.result_explain_value_target()}</p> : null}
        {periods.some((p) => p.offer?.kind === 'monthly-package') ? <p>{m.result_explain_cost_package()}</p> : null}
        {periods.some((p) => p.offer?.kind === 'prepaid-bundle') ? <p>{m.result_explain_cost_bundle()}</p> : null}
        {result.firstMonth.offer?.kind === 'trial-task' ? (
          <p>{m.result_explain_cost_trial({ hours: formatHours(result.firstMonth.offer.trialTask.hours * 60, locale) })}</p>
        ) : null}
        {extra > 0 ? (
          <p>{m.result_explain_cost_extra({ rate: formatCents(result.vaRateCents, locale), hours: hours(extra) })}</p>
        ) : null}
        <p>
          {result.vatStatus === 'normal'
            ? m.result_explain_vat_normal()
            : result.vatStatus === 'kor'
              ? m.result_explain_vat_kor()
              : m.result_explain_vat_exempt()}
        </p>
        <p>{m.result_explain_year({ net: euros(result.fromMonthThree.netCents), year: euros(result.netCentsPerYear) })}</p>
      </ExplainToggle>
    </section>
  );
}
