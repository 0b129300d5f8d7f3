import type { SubmitIntakeInput } from '#shared/schemas/intake.ts';
import { api } from '../../../lib/api-client.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';

export type CreateIntakeVariables = { input: SubmitIntakeInput; idempotencyKey: string };

/**
 * Sends the finished scan, with its start stamp and honeypot (spam defences). The same key for
 * the same draft makes a retry safe.
 */
export async function createIntake({ input, idempotencyKey }: CreateIntakeVariables) {
  const response = await api.api.intakes.$post({
    json: input,
    header: { 'idempotency-key': idempotencyKey },
  });
  await throwIfFailed(response);
  // The schemas load with the step checks, after the scan's first paint.
  const { CreateIntakeResponse } = await import('#shared/schemas/intake.ts');
  return CreateIntakeResponse.parse(await response.json());
}
