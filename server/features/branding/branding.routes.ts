import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps.ts';
import { notFound } from '../../lib/errors.ts';
import { currentLogo } from './branding.service.ts';

/** One day: e-mails link the logo with `?v=<hash>`, so a new logo gets a new URL anyway. */
const LOGO_CACHE_CONTROL = 'public, max-age=86400';

/**
 * Public branding for places that cannot show a `data:` image: mail clients block them, so the
 * e-mails link the logo here (emails/email-data.ts builds the URL).
 */
export function brandingRoutes(deps: AppDeps) {
  return new Hono().get('/logo', async (c) => {
    const logo = await currentLogo(deps);
    if (!logo) throw notFound('There is no logo.');
    return c.body(logo.bytes, 200, {
      'content-type': logo.contentType,
      'cache-control': LOGO_CACHE_CONTROL,
      'x-content-type-options': 'nosniff',
    });
  });
}
