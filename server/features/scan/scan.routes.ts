import { Hono } from 'hono';
import { PRIVACY_TEXT_VERSION } from '#shared/schemas/intake.ts';
import type { AppDeps } from '../../app-deps.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import { currentCatalogue } from './scan-settings.ts';

/** What the scan needs before the first step: the catalogue to pick from and who the VA is. */
export function scanRoutes(deps: AppDeps) {
  return new Hono().get('/config', async (c) => {
    const settings = await getVaSettings(deps);
    return c.json(
      {
        catalogue: currentCatalogue(),
        privacyTextVersion: PRIVACY_TEXT_VERSION,
        va: {
          name: settings.vaName,
          email: settings.replyEmail,
          brandColor: settings.brandColor,
          logoDataUrl: settings.logoDataUrl,
        },
      },
      200,
    );
  });
}
