import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate } from '#shared/format/format.ts';
import type { Locale } from '#shared/schemas/common.ts';
import type { RetentionOverview, UpcomingErasure } from '#shared/schemas/retention.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { AdminPage, PageLoading } from '../../../components/admin/admin-page.tsx';
import { StatusBadge } from '../../../components/admin/badges.tsx';
import { noticeClass } from '../../../components/admin/styles.ts';
import { useRetention } from '../api/get-retention.ts';

/**
 * /admin/retention: how long intakes are kept (AVG), how to keep one (mark it client), where to
 * change the period, and which intakes the daily job will erase in the next 30 days.
 */
export function RetentionPage() {
  useLocale();
  const retention = useRetention();

  if (retention.isPending) return <PageLoading label={m.retention_loading()} />;

  return (
    <AdminPage title={m.retention_title()}>
      {retention.data ? (
        <RetentionOverviewView overview={retention.data} />
      ) : (
        <div role="alert" className={`mt-6 ${noticeClass.error}`}>
          <p>{m.retention_load_failed()}</p>
          <Button variant="secondary" className="mt-3" onClick={() => void retention.refetch()}>
            {m.retention_retry()}
          </Button>
        </div>
      )}
    </AdminPage>
  );
}

function RetentionOverviewView({ overview }: { overview: RetentionOverview }) {
  const { locale } = useLocale();
  const days = String(overview.lookaheadDays);
  // The moment the list was read: an erase moment before it has passed ("at the next run").
  const [now] = useState(() => Date.now());
  const count = overview.total === 1 ? m.retention_upcoming_count_one() : m.retention_upcoming_count({ count: String(overview.total) });

  return (
    <>
      <div className="mt-2 max-w-prose space-y-3 text-stone-700">
        <p className="text-lg text-stone-900">
          {overview.retentionMonths === 1
            ? m.retention_period_one()
            : m.retention_period({ months: String(overview.retentionMonths) })}
        </p>
        <p>{m.retention_why()}</p>
        <p className="rounded-lg bg-brand-50 px-4 py-3 text-stone-800">{m.retention_keep_hint()}</p>
        <p>
          <Link href="/settings" className="font-medium text-brand-800 underline decoration-brand-600/40 underline-offset-4 hover:decoration-brand-700">
            {m.retention_change()}
          </Link>
        </p>
      </div>

      <section aria-labelledby="retention-upcoming-heading" className="mt-10">
        <h2 id="retention-upcoming-heading" className="text-xl font-semibold text-stone-900">
          {m.retention_upcoming_heading({ days })}
        </h2>
        {overview.total === 0 ? (
          <p className="mt-2 text-stone-700">{m.retention_upcoming_none({ days })}</p>
        ) : (
          <>
            <p className="mt-1 text-stone-700">
              {overview.upcoming.length < overview.total
                ? m.retention_upcoming_first({ shown: String(overview.upcoming.length), total: String(overview.total) })
                : count}
            </p>
            <UpcomingTable items={overview.upcoming} locale={locale} now={now} caption={m.retention_upcoming_heading({ days })} />
            <UpcomingCards items={overview.upcoming} locale={locale} now={now} />
          </>
        )}
      </section>
    </>
  );
}

type ListProps = { items: UpcomingErasure[]; locale: Locale; now: number };

/** When it goes: its date, or "at the next run" once that moment has passed (the job runs daily). */
function EraseWhen({ item, locale, now }: { item: UpcomingErasure; locale: Locale; now: number }) {
  return <>{Date.parse(item.eraseAt) <= now ? m.retention_overdue() : formatDate(item.eraseAt, locale)}</>;
}

function NameLink({ item }: { item: UpcomingErasure }) {
  return (
    <Link
      href={`/intakes/${item.id}`}
      className="rounded font-medium text-brand-800 underline decoration-brand-600/40 underline-offset-4 hover:decoration-brand-700"
    >
      {item.name}
    </Link>
  );
}

function UpcomingTable({ items, locale, now, caption }: ListProps & { caption: string }) {
  return (
    <div className="mt-4 hidden rounded-xl border border-stone-200 bg-white md:block">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-3 font-semibold">{m.retention_col_name()}</th>
            <th scope="col" className="px-3 py-3 font-semibold">{m.retention_col_status()}</th>
            <th scope="col" className="px-3 py-3 font-semibold">{m.retention_col_submitted()}</th>
            <th scope="col" className="px-3 py-3 font-semibold">{m.retention_col_erase()}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {items.map((item) => (
            <tr key={item.id}>
              <td className="px-3 py-3 align-top break-words"><NameLink item={item} /></td>
              <td className="px-3 py-3 align-top"><StatusBadge status={item.status} /></td>
              <td className="px-3 py-3 align-top whitespace-nowrap text-stone-700">{formatDate(item.createdAt, locale)}</td>
              <td className="px-3 py-3 align-top whitespace-nowrap font-medium text-stone-900">
                <EraseWhen item={item} locale={locale} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UpcomingCards({ items, locale, now }: ListProps) {
  return (
    <ul className="mt-4 grid gap-3 md:hidden">
      {items.map((item) => (
        <li key={item.id} className="rounded-xl border border-stone-200 bg-white p-4">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="text-lg break-words"><NameLink item={item} /></h3>
            <StatusBadge status={item.status} />
          </div>
          <dl className="mt-3 grid grid-cols-2 gap-2 border-t border-stone-200 pt-3 text-sm">
            <div>
              <dt className="text-stone-600">{m.retention_col_submitted()}</dt>
              <dd className="text-stone-900">{formatDate(item.createdAt, locale)}</dd>
            </div>
            <div>
              <dt className="text-stone-600">{m.retention_col_erase()}</dt>
              <dd className="font-semibold text-stone-900"><EraseWhen item={item} locale={locale} now={now} /></dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
