import { api } from '../../../lib/api-client.ts';
import { throwIfFailed } from '../../../lib/api-error.ts';

/**
 * A new scan: the server counts it (anonymously) and signs the moment it started. The stamp
 * stays in the draft and goes with the submission, which the server refuses when it comes
 * sooner after the start than a person could fill in the scan.
 */
export async function startScan(): Promise<string> {
  const response = await api.api.scan.start.$post();
  await throwIfFailed(response);
  // The schemas load with the step checks, after the scan's first paint.
  const { StartScanResponse } = await import('#shared/schemas/intake.ts');
  return StartScanResponse.parse(await response.json()).startStamp;
}
