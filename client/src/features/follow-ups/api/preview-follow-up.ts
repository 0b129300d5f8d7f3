import { useMutation } from '@tanstack/react-query';
import type { EmailPreview, SendFollowUpInput } from '#shared/schemas/email.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';
import { useAdminClient, type AdminClient } from '../../../lib/admin/admin-client.ts';

export type FollowUpText = Omit<SendFollowUpInput, 'sendAt'>;

/**
 * POST /api/admin/intakes/:intakeId/emails/preview: the e-mail as the prospect would get it
 * (merged, with branding and signature); nothing is stored. 409 when they may not get one.
 */
export async function previewFollowUp(client: AdminClient, intakeId: string, text: FollowUpText): Promise<EmailPreview> {
  const response = await client.admin.intakes[':intakeId'].emails.preview.$post({ param: { intakeId }, json: text });
  await throwIfFailed(response);
  const preview: EmailPreview = await response.json();
  return preview;
}

export function usePreviewFollowUp(intakeId: string) {
  const client = useAdminClient();
  return useMutation({ mutationFn: (text: FollowUpText) => previewFollowUp(client, intakeId, text) });
}
