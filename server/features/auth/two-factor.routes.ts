import { Hono } from 'hono';
import { DisableTwoFactorInput, TwoFactorCodeInput } from '#shared/schemas/auth.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import {
  confirmTwoFactorSetup,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
  twoFactorStatus,
} from './two-factor.service.ts';

const MAX_BODY_BYTES = 8 * 1024;

/**
 * /api/admin/two-factor, behind requireVa: status, set-up (secret + QR), confirm with a code
 * (recovery codes once), new recovery codes (a code), off (password + code). docs/decisions/0025.
 */
export function twoFactorRoutes(deps: AppDeps) {
  return new Hono<AdminEnv>()
    .get('/', async (c) => c.json(await twoFactorStatus(deps, c.var.va), 200))
    .post('/setup', async (c) => c.json(await startTwoFactorSetup(deps, c.var.va), 200))
    .post('/enable', limitBody(MAX_BODY_BYTES), validate('json', TwoFactorCodeInput), async (c) => {
      return c.json(await confirmTwoFactorSetup(deps, c.var.va, c.req.valid('json').code), 200);
    })
    .post('/recovery-codes', limitBody(MAX_BODY_BYTES), validate('json', TwoFactorCodeInput), async (c) => {
      return c.json(await regenerateRecoveryCodes(deps, c.var.va, c.req.valid('json').code), 200);
    })
    .post('/disable', limitBody(MAX_BODY_BYTES), validate('json', DisableTwoFactorInput), async (c) => {
      await disableTwoFactor(deps, c.var.va, c.req.valid('json'));
      return c.json({ enabled: false as const }, 200);
    });
}
