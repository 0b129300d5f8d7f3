import { queryOptions, useQuery } from '@tanstack/react-query';
import { OUTBOX_MAX_LIMIT, type OutboxPage } from '#shared/schemas/email.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { outboxKeys } from '../../../lib/admin/query-keys.ts';

/** Under the outbox's key: a retry there or a send here refreshes both. */
export const intakeEmailsKey = (intakeId: string) => [...outboxKeys.all, 'intake', intakeId] as const;

/** GET /api/admin/outbox?intakeId=…: the intake's e-mails, newest first (one page is plenty for one intake). */
export async function getIntakeEmails(client: AdminClient, intakeId: string): Promise<OutboxPage> {
  const response = await client.admin.outbox.$get({ query: { intakeId, limit: String(OUTBOX_MAX_LIMIT) } });
  await throwIfFailed(response);
  const page: OutboxPage = await response.json();
  return page;
}

export function getIntakeEmailsQueryOptions(client: AdminClient, intakeId: string) {
  return queryOptions({
    queryKey: intakeEmailsKey(intakeId),
    queryFn: () => getIntakeEmails(client, intakeId),
    // Statuses move on by themselves (the sender works in the background).
    staleTime: 10_000,
  });
}

export function useIntakeEmails(intakeId: string) {
  return useQuery(getIntakeEmailsQueryOptions(useAdminClient(), intakeId));
}
