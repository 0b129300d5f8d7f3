import { useMutation } from '@tanstack/react-query';
import type { SaveDraftInput } from '#shared/schemas/draft.ts';
import { api } from '../../../lib/api-client.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';

/** "Later verder": the server keeps the draft and e-mails a link that reopens it (valid 30 days). */
export async function saveDraftForLater(input: SaveDraftInput): Promise<void> {
  const response = await api.api.drafts.$post({ json: input });
  await throwIfFailed(response);
}

export function useSaveDraftForLater() {
  return useMutation({ mutationFn: saveDraftForLater });
}
