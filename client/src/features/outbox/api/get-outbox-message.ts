import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OutboxMessageDetail } from '#shared/schemas/email.ts';
import { isNotFound, throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { outboxKeys } from './get-outbox.ts';

/** GET /api/admin/outbox/:id: one message with its rendered HTML and text. */
export async function getOutboxMessage(client: AdminClient, id: string): Promise<OutboxMessageDetail> {
  const response = await client.admin.outbox[':id'].$get({ param: { id } });
  await throwIfFailed(response);
  const message: OutboxMessageDetail = await response.json();
  return message;
}

export function getOutboxMessageQueryOptions(client: AdminClient, id: string) {
  return queryOptions({
    queryKey: outboxKeys.message(id),
    queryFn: () => getOutboxMessage(client, id),
    staleTime: 10_000,
    retry: (failureCount, error) => !isNotFound(error) && failureCount < 1,
  });
}

export function useOutboxMessage(id: string) {
  const client = useAdminClient();
  return useQuery(getOutboxMessageQueryOptions(client, id));
}
