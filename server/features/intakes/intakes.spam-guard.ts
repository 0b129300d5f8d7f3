import type { Context } from 'hono';
import { HONEYPOT_FIELD, type CreateIntakeInput, type SubmitIntakeInput } from '#shared/schemas/intake.ts';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../lib/errors.ts';
import { pseudonym } from '../../lib/logger.ts';
import { clientAddress } from '../../lib/rate-limit.ts';
import { countRejection } from '../scan/scan.rejections.ts';
import { checkStartStamp } from '../scan/scan.start-stamp.ts';

/**
 * The submission's spam defences, after the per-address limit: a honeypot field that people
 * never see (filled → refused with a neutral message that does not say why), and the minimum
 * fill time since the scan's signed start. Every refusal is a 422, a log line and a counter.
 * Returns the answers without the defence fields: those are not part of the scan.
 */
export async function guardSubmission(deps: AppDeps, c: Context, input: SubmitIntakeInput): Promise<CreateIntakeInput> {
  const { startStamp, [HONEYPOT_FIELD]: honeypot, ...answers } = input;
  const log = deps.log.child({ client: pseudonym(clientAddress(c, deps.env.TRUST_PROXY)) });

  if (honeypot !== undefined && honeypot.trim() !== '') {
    log.warn('scan submit refused: the honeypot field was filled');
    await countRejection(deps, 'rejected.honeypot');
    throw new AppError(422, 'submission_refused', 'This submission could not be accepted.');
  }

  const start = await checkStartStamp(deps, startStamp);
  if (!start.ok) {
    await countRejection(deps, 'rejected.too-fast');
    if (start.reason === 'too-fast') {
      const seconds = start.secondsSinceStart.toFixed(1);
      log.warn(`scan submit refused: sent ${seconds} s after its start (minimum ${deps.env.SCAN_MIN_FILL_SECONDS} s)`);
      throw new AppError(422, 'too_fast', 'The scan was sent sooner after its start than a person can fill it in. Please wait a moment and send it again.', [
        { path: 'startStamp', message: `Sent ${seconds} s after the start; the minimum is ${deps.env.SCAN_MIN_FILL_SECONDS} s` },
      ]);
    }
    log.warn(`scan submit refused: start stamp ${start.reason}`);
    throw new AppError(422, 'scan_start_invalid', 'The scan has no valid start. Please wait a moment and send it again.', [
      { path: 'startStamp', message: start.reason === 'missing' ? 'Required' : 'Not a start stamp from this server' },
    ]);
  }
  return answers;
}
