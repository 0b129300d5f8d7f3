import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EmailTemplate } from '#shared/schemas/email.ts';
import { throwIfFailed } from '../api-error.ts';
import { useAdminClient, type AdminClient } from './admin-client.ts';
import { adminQueryRoot } from './query-keys.ts';

/** Under the back office's root, so signing out takes the templates out of memory too. */
export const emailTemplateKeys = {
  all: [...adminQueryRoot, 'email-templates'] as const,
};

/** GET /api/admin/email-templates: all of them, in the VA's order (the shipped ones on a new install). */
export async function getEmailTemplates(client: AdminClient): Promise<EmailTemplate[]> {
  const response = await client.admin['email-templates'].$get();
  await throwIfFailed(response);
  const templates: EmailTemplate[] = await response.json();
  return templates;
}

export function getEmailTemplatesQueryOptions(client: AdminClient) {
  return queryOptions({
    queryKey: emailTemplateKeys.all,
    queryFn: () => getEmailTemplates(client),
  });
}

export function useEmailTemplates() {
  return useQuery(getEmailTemplatesQueryOptions(useAdminClient()));
}
