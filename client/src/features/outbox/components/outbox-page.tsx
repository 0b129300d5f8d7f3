import { useCallback } from 'react';
import { OUTBOX_STATUSES, OutboxStatus } from '#shared/schemas/email.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { AdminPage } from '../../../components/admin/admin-page.tsx';
import { SelectBox } from '../../../components/admin/select-box.tsx';
import { useSearch } from '../../../hooks/use-search.ts';
import { EmailDeliveryNotice } from '../../../components/admin/email-delivery-notice.tsx';
import { useSetup } from '../../../lib/admin/get-setup.ts';
import { useOutbox } from '../api/get-outbox.ts';
import { readOutboxFilters, writeOutboxFilters, type OutboxFilters } from '../utils/outbox-filters.ts';
import { outboxStatusLabels } from '../../../components/admin/outbox-labels.ts';
import { OutboxResults } from './outbox-results.tsx';

const ALL = 'all';

/**
 * /admin/outbox: every e-mail the app sends, stored before it goes (the result link, the VA's
 * new-intake notice, follow-ups), newest first. The status filter lives in the address bar.
 * Whether a mail server is set up comes from the setup status: without one it says why nothing leaves.
 */
export function OutboxPage() {
  useLocale();
  const [searchParams, setSearch] = useSearch();
  const filters = readOutboxFilters(searchParams);
  const outbox = useOutbox(filters);
  const setup = useSetup();

  const applyFilters = useCallback(
    (change: Partial<OutboxFilters>) => setSearch((current) => writeOutboxFilters({ ...readOutboxFilters(current), ...change })),
    [setSearch],
  );

  return (
    <AdminPage title={m.outbox_title()}>
      <p className="mt-2 max-w-prose text-stone-700">{m.outbox_intro()}</p>
      <EmailDeliveryNotice status={setup.data} />
      <form
        role="search"
        aria-label={m.outbox_filters_label()}
        className="mt-6 rounded-xl border border-stone-200 bg-white p-4 sm:p-5"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectBox
          name="status"
          label={m.outbox_filter_status()}
          className="max-w-xs"
          options={[
            { value: ALL, label: m.outbox_filter_all() },
            ...OUTBOX_STATUSES.map((status) => ({ value: status, label: outboxStatusLabels[status]() })),
          ]}
          value={filters.status ?? ALL}
          onChange={(event) => applyFilters({ status: OutboxStatus.safeParse(event.target.value).data ?? null })}
        />
      </form>
      <OutboxResults
        filters={filters}
        outbox={outbox}
        emailConfigured={setup.data?.email.configured}
        onShowAll={() => applyFilters({ status: null })}
      />
    </AdminPage>
  );
}
