import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailTemplate, EmailTemplateInput } from '#shared/schemas/email.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { intakeKeys, outboxKeys } from '../../../lib/admin/query-keys.ts';
import { emailTemplateKeys } from '../../../lib/admin/get-email-templates.ts';

type UpdateVariables = { id: string; input: EmailTemplateInput };

/**
 * PUT /api/admin/email-templates/:id: the whole template. Switching its schedule off cancels the
 * automatic follow-ups it queued that have not gone out yet (the server does that).
 */
export async function updateEmailTemplate(client: AdminClient, { id, input }: UpdateVariables): Promise<EmailTemplate> {
  const response = await client.admin['email-templates'][':id'].$put({ param: { id }, json: input });
  await throwIfFailed(response);
  const template: EmailTemplate = await response.json();
  return template;
}

/** Cancelled follow-ups show in the outbox and on intakes' timelines: those refresh too. */
export function useUpdateEmailTemplate() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateVariables) => updateEmailTemplate(client, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: emailTemplateKeys.all }),
        queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
        queryClient.invalidateQueries({ queryKey: intakeKeys.all }),
      ]),
  });
}
