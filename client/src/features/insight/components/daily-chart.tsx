import type { Insight, InsightDay } from '#shared/schemas/insight.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { formatCount, formatDay } from '../utils/format-insight.ts';

/** Each day is a slot this wide in the SVG's own units: two bars of 4 and a gap. */
const SLOT = 10;
const HEIGHT = 100;

/** The day with the most started scans (the earliest of equals); null when nothing happened. */
function busiestDay(days: InsightDay[]): InsightDay | null {
  let busiest: InsightDay | null = null;
  for (const day of days) {
    if (day.started + day.finished === 0) continue;
    if (!busiest || day.started > busiest.started || (day.started === busiest.started && day.finished > busiest.finished)) busiest = day;
  }
  return busiest;
}

/**
 * Started and sent per day, as paired bars in plain SVG on one scale. The chart's name is a
 * sentence with the totals and the busiest day; the exact figures per day are in a table behind
 * "see the figures per day", for everyone.
 */
export function DailyChart({ insight }: { insight: Insight }) {
  const { locale } = useLocale();
  const { days } = insight;
  const max = Math.max(1, ...days.map((day) => Math.max(day.started, day.finished)));
  const barHeight = (count: number) => (count / max) * (HEIGHT - 4);
  const first = days[0];
  const last = days.at(-1);
  const busiest = busiestDay(days);
  const summary = [
    m.insight_daily_summary({
      from: formatDay(insight.period.from, locale),
      to: formatDay(insight.period.to, locale),
      started: formatCount(insight.started, locale),
      finished: formatCount(insight.finished, locale),
    }),
    busiest
      ? m.insight_daily_busiest({
          day: formatDay(busiest.day, locale),
          started: formatCount(busiest.started, locale),
          finished: formatCount(busiest.finished, locale),
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section aria-labelledby="insight-daily-heading" className="mt-10">
      <h2 id="insight-daily-heading" className="text-xl font-semibold text-stone-900">
        {m.insight_daily_heading()}
      </h2>
      <p aria-hidden="true" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm bg-stone-500" />
          {m.insight_daily_legend_started()}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm bg-brand-600" />
          {m.insight_daily_legend_finished()}
        </span>
      </p>
      <div className="mt-3 rounded-xl border border-stone-200 bg-white p-4">
        <p aria-hidden="true" className="text-xs text-stone-600 tabular-nums">
          {m.insight_daily_max({ count: formatCount(max, locale) })}
        </p>
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${days.length * SLOT} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="mt-1 h-40 w-full"
        >
          {days.map((day, index) => (
            <g key={day.day}>
              <title>{`${formatDay(day.day, locale, 'short')}: ${m.insight_daily_legend_started()} ${day.started}, ${m.insight_daily_legend_finished()} ${day.finished}`}</title>
              <rect x={index * SLOT} y="0" width={SLOT} height={HEIGHT} className="fill-transparent" />
              <rect x={index * SLOT + 1} y={HEIGHT - barHeight(day.started)} width="4" height={barHeight(day.started)} className="fill-stone-500" />
              <rect x={index * SLOT + 5} y={HEIGHT - barHeight(day.finished)} width="4" height={barHeight(day.finished)} className="fill-brand-600" />
            </g>
          ))}
          <line x1="0" x2={days.length * SLOT} y1={HEIGHT} y2={HEIGHT} vectorEffect="non-scaling-stroke" className="stroke-stone-400" />
        </svg>
        {first && last ? (
          <p aria-hidden="true" className="mt-1 flex justify-between text-xs text-stone-600">
            <span>{formatDay(first.day, locale, 'short')}</span>
            <span>{formatDay(last.day, locale, 'short')}</span>
          </p>
        ) : null}
      </div>
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg px-2 font-medium text-brand-800 underline-offset-4 hover:bg-brand-50 hover:underline">
          {m.insight_daily_table_toggle()}
        </summary>
        <div className="mt-2 max-w-md rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{m.insight_daily_table_caption()}</caption>
            <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">{m.insight_daily_col_day()}</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">{m.insight_daily_legend_started()}</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">{m.insight_daily_legend_finished()}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {days.map((day) => (
                <tr key={day.day}>
                  <th scope="row" className="px-3 py-1.5 font-normal text-stone-800">{formatDay(day.day, locale)}</th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(day.started, locale)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatCount(day.finished, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
