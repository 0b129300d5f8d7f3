import { api } from '../../../lib/api-client.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';

/** Step `step` (1–4) was reached: one anonymous count for the VA's drop-off figures. */
export async function reportStep(step: number): Promise<void> {
  const response = await api.api.scan.progress.$post({ json: { step } });
  await throwIfFailed(response);
}
