import { useMutation } from '@tanstack/react-query';
import type { SaveDraftInput, SaveDraftResponse } from '#shared/schemas/draft.ts';
import { api } from '../../../lib/api-client.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';

/**
 * "Later verder": the server keeps the draft and e-mails a link that reopens it (valid 30 days).
 * An installation that sends no e-mail answers with the link's path instead, to show on screen.
 */
export async function saveDraftForLater(input: SaveDraftInput): Promise<SaveDraftResponse> {
  const response = await api.api.drafts.$post({ json: input });
  await throwIfFailed(response);
  return response.json();
}

export function useSaveDraftForLater() {
  return useMutation({ mutationFn: saveDraftForLater });
}
