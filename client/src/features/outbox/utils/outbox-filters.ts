import { OutboxStatus } from '#shared/schemas/email.ts';

/**
 * The outbox's filter, kept in the address bar (`/admin/outbox?status=failed`) like the inbox's,
 * so back / forward, a reload and a bookmark show the same list. A status the API would refuse
 * (a typo, an edited link) is dropped, never sent.
 */
export type OutboxFilters = {
  /** null = every status. */
  status: OutboxStatus | null;
};

export function readOutboxFilters(params: URLSearchParams): OutboxFilters {
  return { status: OutboxStatus.safeParse(params.get('status')).data ?? null };
}

/** The filters as a query string: only what differs from the defaults. */
export function writeOutboxFilters(filters: OutboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  return params;
}
