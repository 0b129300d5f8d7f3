import { daysInPeriod } from '#shared/calendar/va-calendar.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { AdminPage, PageLoading } from '../../../components/admin/admin-page.tsx';
import { noticeClass } from '../../../components/admin/styles.ts';
import { useSearch } from '../../../hooks/use-search.ts';
import { useInsight } from '../api/get-insight.ts';
import { formatDay } from '../utils/format-insight.ts';
import { periodDates, readPeriod } from '../utils/insight-period.ts';
import { DailyChart } from './daily-chart.tsx';
import { FunnelChart } from './funnel-chart.tsx';
import { InsightKpis } from './insight-kpis.tsx';
import { PeriodPicker, periodError } from './period-picker.tsx';
import { Rejections } from './rejections.tsx';
import { TaskTables } from './task-tables.tsx';

/**
 * /admin/insight: how the scan does over a period (in the address bar, see utils/insight-period.ts):
 * headline figures, where people drop out, started and sent per day, the tasks they pick, and
 * what the spam defences held back. Every count is anonymous, and the page says so.
 */
export function InsightPage() {
  const { locale } = useLocale();
  const [searchParams] = useSearch();
  const choice = readPeriod(searchParams);
  const dates = periodDates(choice);
  const error = periodError(dates.from, dates.to, locale);
  const insight = useInsight(error ? null : dates);

  if (insight.isPending && !error) return <PageLoading label={m.insight_loading()} />;

  const data = error ? undefined : insight.data;
  const updating = insight.isPlaceholderData || (insight.isFetching && !insight.isPending);

  return (
    <AdminPage title={m.insight_title()}>
      <p className="mt-2 max-w-prose text-stone-700">{m.insight_intro()}</p>
      <p className="mt-3 flex max-w-prose items-start gap-2 rounded-lg bg-brand-50 px-4 py-3 text-sm text-stone-800">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-brand-700">
          <path d="M10 1.5 3 4.5v5c0 4.2 3 7.7 7 9 4-1.3 7-4.8 7-9v-5l-7-3Zm-1 12.1L5.6 10.2l1.4-1.4 2 2 4-4 1.4 1.4-5.4 5.4Z" />
        </svg>
        <span>{m.insight_privacy()}</span>
      </p>

      <PeriodPicker choice={choice} dates={dates} error={error} />

      {error ? null : (
        <p role="status" className="mt-4 text-stone-700">
          {dates.from === dates.to
            ? m.insight_period_summary_one({ from: formatDay(dates.from, locale) })
            : m.insight_period_summary({
                from: formatDay(dates.from, locale),
                to: formatDay(dates.to, locale),
                days: String(daysInPeriod(dates.from, dates.to)),
              })}
          {updating ? <span className="ml-2 text-sm text-stone-600">{m.insight_updating()}</span> : null}
        </p>
      )}

      {!error && insight.isError && !data ? (
        <div role="alert" className={`mt-6 ${noticeClass.error}`}>
          <p>{m.insight_load_failed()}</p>
          <Button variant="secondary" className="mt-3" onClick={() => void insight.refetch()}>
            {m.insight_retry()}
          </Button>
        </div>
      ) : null}

      {data ? (
        <div aria-busy={updating} className={`transition-opacity ${updating ? 'opacity-60' : ''}`}>
          <InsightKpis insight={data} />
          <FunnelChart insight={data} />
          <DailyChart insight={data} />
          <TaskTables insight={data} />
          <Rejections insight={data} />
        </div>
      ) : null}
    </AdminPage>
  );
}
