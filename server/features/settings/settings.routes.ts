import { Hono } from 'hono';
import { MAX_SETTINGS_BODY_BYTES, VaSettingsInput } from '#shared/schemas/admin-settings.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import { getVaSettings, updateVaSettings } from './settings.service.ts';

/**
 * The VA's settings, under /api/admin/settings (behind the admin guard, which also sets no-store).
 * PUT replaces them all; bad input answers 422 per field and changes nothing.
 */
export function adminSettingsRoutes(deps: AppDeps) {
  return new Hono<AdminEnv>()
    .get('/', async (c) => c.json(await getVaSettings(deps), 200))
    .put(
      '/',
      limitBody(MAX_SETTINGS_BODY_BYTES),
      validate('json', VaSettingsInput),
      async (c) => c.json(await updateVaSettings(deps, c.req.valid('json')), 200),
    );
}
