import { StartScanResponse } from '#shared/schemas/intake.ts';
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
  return StartScanResponse.parse(await response.json()).startStamp;
}
