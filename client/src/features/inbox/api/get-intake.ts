import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AdminIntakeDetail } from '#shared/schemas/admin-intakes.ts';
import { isNotFound, throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys } from './get-intakes.ts';

/** GET /api/admin/intakes/:id: everything about one intake (reading it changes nothing: see useMarkIntakeRead). */
export async function getIntake(client: AdminClient, id: string): Promise<AdminIntakeDetail> {
  const response = await client.admin.intakes[':id'].$get({ param: { id } });
  await throwIfFailed(response);
  const detail: AdminIntakeDetail = await response.json();
  return detail;
}

export function getIntakeQueryOptions(client: AdminClient, id: string) {
  return queryOptions({
    queryKey: intakeKeys.detail(id),
    queryFn: () => getIntake(client, id),
    retry: (failureCount, error) => !isNotFound(error) && failureCount < 1,
  });
}

export function useIntake(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const client = useAdminClient();
  return useQuery({ ...getIntakeQueryOptions(client, id), enabled });
}
