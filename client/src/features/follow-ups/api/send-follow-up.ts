import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OutboxListItem, SendFollowUpInput } from '#shared/schemas/email.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys, outboxKeys } from '../../../lib/admin/query-keys.ts';

type SendVariables = { input: SendFollowUpInput; idempotencyKey: string };

/**
 * POST /api/admin/intakes/:intakeId/emails: queues the follow-up, now or at `sendAt`. The same
 * idempotency key again (a retry, a double click) gets the message stored the first time.
 */
export async function sendFollowUp(client: AdminClient, intakeId: string, { input, idempotencyKey }: SendVariables): Promise<OutboxListItem> {
  const response = await client.admin.intakes[':intakeId'].emails.$post({
    param: { intakeId },
    json: input,
    header: { 'idempotency-key': idempotencyKey },
  });
  await throwIfFailed(response);
  const message: OutboxListItem = await response.json();
  return message;
}

/** The intake's e-mails (and the outbox) and its timeline ("queued") change. */
export function useSendFollowUp(intakeId: string) {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SendVariables) => sendFollowUp(client, intakeId, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
        queryClient.invalidateQueries({ queryKey: intakeKeys.detail(intakeId) }),
      ]),
  });
}
