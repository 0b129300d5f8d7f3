import type { ReactNode } from 'react';
import { formatCents, formatHours } from '#shared/format/format.ts';
import type { Insight } from '#shared/schemas/insight.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { formatCount } from '../utils/format-insight.ts';

/** The headline figures as tiles: a term, its value, and what it counts. */
export function InsightKpis({ insight }: { insight: Insight }) {
  const { locale } = useLocale();
  const tiles: { term: string; value: ReactNode; hint: string }[] = [
    { term: m.insight_kpi_started(), value: formatCount(insight.started, locale), hint: m.insight_kpi_started_hint() },
    { term: m.insight_kpi_finished(), value: formatCount(insight.finished, locale), hint: m.insight_kpi_finished_hint() },
    {
      term: m.insight_kpi_conversion(),
      value: insight.conversionPercent === null ? <NotYet /> : m.insight_percent({ value: formatCount(insight.conversionPercent, locale) }),
      hint: insight.conversionPercent === null ? m.insight_kpi_conversion_none() : m.insight_kpi_conversion_hint(),
    },
    {
      term: m.insight_kpi_average_hours(),
      value: insight.averageFreedMinutesPerMonth === null ? <NotYet /> : formatHours(insight.averageFreedMinutesPerMonth, locale),
      hint: insight.averageFreedMinutesPerMonth === null ? m.insight_kpi_none() : m.insight_kpi_average_hours_hint(),
    },
    {
      term: m.insight_kpi_average_gain(),
      value:
        insight.averageNetGainCentsPerMonth === null ? (
          <NotYet />
        ) : (
          formatCents(insight.averageNetGainCentsPerMonth, locale, { wholeEuros: true })
        ),
      hint: insight.averageNetGainCentsPerMonth === null ? m.insight_kpi_none() : m.insight_kpi_average_gain_hint(),
    },
  ];

  return (
    <section aria-labelledby="insight-kpi-heading" className="mt-8">
      <h2 id="insight-kpi-heading" className="text-xl font-semibold text-stone-900">
        {m.insight_kpi_heading()}
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <div key={tile.term} className="rounded-xl border border-stone-200 bg-white p-4">
            <dt className="font-medium text-stone-700">{tile.term}</dt>
            <dd className="mt-1 text-2xl font-semibold tracking-tight text-stone-900 tabular-nums sm:text-3xl">{tile.value}</dd>
            <dd className="mt-1 text-sm text-stone-600">{tile.hint}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** No figure yet: a dash to see; the hint below says why. */
function NotYet() {
  return <span aria-hidden="true">—</span>;
}
