import { useCallback, useRef, type ReactNode } from 'react';
import { useLocationState } from '../../../hooks/location-state.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useIntakes } from '../api/get-intakes.ts';
import { datesOutOfOrder, exportCsvHref, readInboxFilters, writeInboxFilters, type InboxFilters } from '../utils/inbox-filters.ts';
import { useSearch } from '../../../hooks/use-search.ts';
import { AdminPage } from '../../../components/admin/admin-page.tsx';
import { InboxFilterBar } from './inbox-filter-bar.tsx';
import { InboxResults } from './inbox-results.tsx';
import { noticeClass, secondaryLinkClass } from '../../../components/admin/styles.ts';
import { useReauthGate } from '../../../components/admin/use-reauth-gate.tsx';

/** What the detail page tells the inbox after sending the VA back to it. */
export type InboxNotice = { kind: 'erased' | 'marked-unread'; name: string };

function isInboxNotice(value: unknown): value is InboxNotice {
  if (typeof value !== 'object' || value === null) return false;
  const notice = value as Partial<InboxNotice>;
  return (notice.kind === 'erased' || notice.kind === 'marked-unread') && typeof notice.name === 'string';
}

const NOTICE_ID = 'inbox-notice';

/**
 * /admin: the submitted scans, newest first by default. Filters, search and sort live in the
 * address bar (see utils/inbox-filters.ts); every combination has its own cached list.
 */
export function InboxPage({ setupChecklist }: { setupChecklist: ReactNode }) {
  useLocale();
  const [searchParams, setSearch] = useSearch();
  const filters = readInboxFilters(searchParams);
  const badDates = datesOutOfOrder(filters);
  const inbox = useIntakes(filters, { enabled: !badDates });
  const state = useLocationState();
  const notice = isInboxNotice(state) ? state : null;
  // The export holds every scan: her password (and code) first, unless confirmed minutes ago.
  const reauth = useReauthGate();
  const exportLink = useRef<HTMLAnchorElement>(null);
  const confirmed = useRef(false);

  /** A new history entry for a choice (back undoes it); the search box replaces while typing. */
  const applyFilters = useCallback(
    (change: Partial<InboxFilters>, { replace = false }: { replace?: boolean } = {}) => {
      setSearch((current) => writeInboxFilters({ ...readInboxFilters(current), ...change }), { replace });
    },
    [setSearch],
  );

  return (
    <AdminPage title={m.admin_inbox_title()} describedBy={notice ? NOTICE_ID : undefined}>
      <div className="mt-2 flex flex-wrap items-end justify-between gap-3">
        <p className="max-w-prose text-stone-700">{m.admin_inbox_intro()}</p>
        {badDates ? null : (
          <a
            ref={exportLink}
            href={exportCsvHref(filters)}
            download
            className={secondaryLinkClass}
            aria-describedby="inbox-export-hint"
            onClick={(event) => {
              if (confirmed.current) {
                confirmed.current = false;
                return; // the download itself, after the check
              }
              event.preventDefault();
              reauth.run(() => {
                confirmed.current = true;
                exportLink.current?.click();
              });
            }}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
              <path d="M10 2a1 1 0 0 1 1 1v7.6l2.3-2.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L9 10.6V3a1 1 0 0 1 1-1Zm-7 13a1 1 0 0 1 1 1v1h12v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z" />
            </svg>
            {m.admin_inbox_export_csv()}
          </a>
        )}
        <span id="inbox-export-hint" className="sr-only">
          {m.admin_inbox_export_csv_hint()}
        </span>
        {reauth.dialog}
      </div>
      {notice ? (
        <p id={NOTICE_ID} className={`mt-4 ${noticeClass.success}`}>
          {notice.kind === 'erased'
            ? m.admin_inbox_notice_erased({ name: notice.name })
            : m.admin_inbox_notice_marked_unread({ name: notice.name })}
        </p>
      ) : null}
      {setupChecklist}
      <InboxFilterBar filters={filters} onChange={applyFilters} datesInvalid={badDates} />
      <InboxResults filters={filters} inbox={inbox} disabled={badDates} onClearFilters={() => applyFilters({ statuses: [], from: '', to: '', q: '' })} />
    </AdminPage>
  );
}
