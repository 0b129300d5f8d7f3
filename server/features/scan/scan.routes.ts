import { Hono } from 'hono';
import { PRIVACY_TEXT_VERSION } from '#shared/schemas/intake.ts';
import type { AppDeps } from '../../app-deps.ts';
import { currentDelegationContext } from './scan-settings.ts';

/** What the scan needs before the first step: the catalogue to pick from and who the VA is. */
export function scanRoutes(deps: AppDeps) {
  return new Hono().get('/config', (c) => {
    const { catalogue } = currentDelegationContext();
    return c.json(
      {
        catalogue,
        privacyTextVersion: PRIVACY_TEXT_VERSION,
        va: { name: deps.env.VA_NAME, email: deps.env.VA_EMAIL },
      },
      200,
    );
  });
}
