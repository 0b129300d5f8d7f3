import { Hono } from 'hono';
import { PRIVACY_TEXT_VERSION, ScanProgressInput } from '#shared/schemas/intake.ts';
import type { AppDeps } from '../../app-deps.ts';
import { limitPerAddress } from '../../lib/rate-limit.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import { currentCatalogue } from './scan-settings.ts';
import { recordStepReached, startScan } from './scan.service.ts';

/**
 * Starts and steps per address per hour: generous (a browser sends one start and four steps per
 * scan, and an office shares an address), but it keeps a script from inflating the counts.
 */
const COUNTING_LIMIT_PER_HOUR = 300;
const HOUR_MS = 60 * 60 * 1000;

const smallBody = limitBody(1024);

/**
 * What the scan needs before the first step (the catalogue and who the VA is), its start
 * stamp, and anonymous step counting.
 */
export function scanRoutes(deps: AppDeps) {
  const limit = (name: string) =>
    limitPerAddress(deps, { name, limit: COUNTING_LIMIT_PER_HOUR, windowMs: HOUR_MS });
  return new Hono()
    .get('/config', async (c) => {
      const settings = await getVaSettings(deps);
      return c.json(
        {
          catalogue: currentCatalogue(),
          privacyTextVersion: PRIVACY_TEXT_VERSION,
          // Without a working e-mail transport no screen may say an e-mail was sent.
          emailDelivery: Boolean(deps.env.SMTP_URL),
          // null until she has said who she is: the pages then speak neutrally, never a placeholder.
          va: {
            name: settings.vaName || null,
            email: settings.replyEmail || null,
            brandColor: settings.brandColor,
            logoDataUrl: settings.logoDataUrl,
          },
        },
        200,
      );
    })
    .post('/start', limit('scan-start'), async (c) => c.json(await startScan(deps), 200))
    .post('/progress', limit('scan-progress'), smallBody, validate('json', ScanProgressInput), async (c) => {
      await recordStepReached(deps, c.req.valid('json').step);
      return c.body(null, 204);
    });
}
