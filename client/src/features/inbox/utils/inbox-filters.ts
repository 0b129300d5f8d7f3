import {
  INTAKE_STATUSES,
  InboxSort,
  MAX_SEARCH_LENGTH,
  type InboxQueryParams,
  type IntakeStatus,
} from '#shared/schemas/admin-intakes.ts';
import { CalendarDay } from '#shared/schemas/common.ts';

/**
 * The inbox's filters, kept in the address bar (`/admin?status=new&status=contacted&q=zoe`),
 * so back / forward, a reload and a bookmark all show the same list. A value the address bar
 * holds but the API would refuse (a typo, an edited link) is dropped, never sent.
 */
export type InboxFilters = {
  /** In pipeline order, no duplicates; empty = every status. */
  statuses: IntakeStatus[];
  /** Calendar days (YYYY-MM-DD, Dutch time), inclusive; '' = open. */
  from: string;
  to: string;
  /** As typed; '' = no search. */
  q: string;
  sort: InboxSort;
};

export const DEFAULT_INBOX_FILTERS: InboxFilters = { statuses: [], from: '', to: '', q: '', sort: 'newest' };

function calendarDay(value: string | null): string {
  return value !== null && CalendarDay.safeParse(value).success ? value : '';
}

export function readInboxFilters(params: URLSearchParams): InboxFilters {
  const asked = new Set(params.getAll('status').flatMap((value) => value.split(',')));
  return {
    statuses: INTAKE_STATUSES.filter((status) => asked.has(status)),
    from: calendarDay(params.get('from')),
    to: calendarDay(params.get('to')),
    q: (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH),
    sort: InboxSort.safeParse(params.get('sort')).data ?? 'newest',
  };
}

/** The filters as a query string: only what differs from the defaults. */
export function writeInboxFilters(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filters.statuses) params.append('status', status);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  return params;
}

/** The filters as the API's query (GET /api/admin/intakes and export.csv). */
export function toInboxQuery(filters: InboxFilters): Omit<InboxQueryParams, 'limit' | 'cursor'> {
  const q = filters.q.trim();
  return {
    ...(filters.statuses.length > 0 ? { status: filters.statuses } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(q ? { q } : {}),
    sort: filters.sort,
  };
}

/** Where the CSV of exactly this list downloads from (the same filters and sort). */
export function exportCsvHref(filters: InboxFilters): string {
  const params = writeInboxFilters(filters);
  params.set('sort', filters.sort);
  return `/api/admin/intakes/export.csv?${params.toString()}`;
}

/** True when something narrows the list (the sort does not). */
export function isFiltered(filters: InboxFilters): boolean {
  return filters.statuses.length > 0 || filters.from !== '' || filters.to !== '' || filters.q.trim() !== '';
}

/** A "from" after "to" matches nothing; the API refuses it. */
export function datesOutOfOrder(filters: InboxFilters): boolean {
  return filters.from !== '' && filters.to !== '' && filters.from > filters.to;
}
