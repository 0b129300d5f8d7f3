import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EmailTemplate, EmailTemplateInput } from '#shared/schemas/email.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';
import { emailTemplateKeys } from '../../../lib/admin/get-email-templates.ts';

/** POST /api/admin/email-templates: a new template, last in the list (422 per field when refused). */
export async function createEmailTemplate(client: AdminClient, input: EmailTemplateInput): Promise<EmailTemplate> {
  const response = await client.admin['email-templates'].$post({ json: input });
  await throwIfFailed(response);
  const template: EmailTemplate = await response.json();
  return template;
}

export function useCreateEmailTemplate() {
  const client = useAdminClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EmailTemplateInput) => createEmailTemplate(client, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: emailTemplateKeys.all }),
  });
}
