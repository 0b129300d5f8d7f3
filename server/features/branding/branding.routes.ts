import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps.ts';
import { notFound } from '../../lib/errors.ts';
import { currentLogo, publicBranding } from './branding.service.ts';

/** One day: e-mails link the logo with `?v=<hash>`, so a new logo gets a new URL anyway. */
const LOGO_CACHE_CONTROL = 'public, max-age=86400';

/**
 * Public branding. `/`: what the prospect's pages show in their header outside the scan (the
 * result page, unsubscribe), a few hundred bytes instead of the scan's whole catalogue. `/logo`:
 * the logo for places that cannot show a `data:` image: mail clients block them, so the e-mails
 * link the logo here (emails/email-data.ts builds the URL), and so does `/`.
 */
export function brandingRoutes(deps: AppDeps) {
  return new Hono()
    .get('/', async (c) => c.json(await publicBranding(deps), 200))
    .get('/logo', async (c) => {
    const logo = await currentLogo(deps);
    if (!logo) throw notFound('There is no logo.');
    return c.body(logo.bytes, 200, {
      'content-type': logo.contentType,
      'cache-control': LOGO_CACHE_CONTROL,
      'x-content-type-options': 'nosniff',
    });
  });
}
