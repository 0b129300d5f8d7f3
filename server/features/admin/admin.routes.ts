import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { adminIntakeRoutes } from '../admin-intakes/admin-intakes.routes.ts';
import { requireVa } from '../auth/require-va.ts';
import { twoFactorRoutes } from '../auth/two-factor.routes.ts';
import { emailTemplateRoutes } from '../email-templates/email-templates.routes.ts';
import { followUpRoutes } from '../follow-ups/follow-ups.routes.ts';
import { insightRoutes } from '../insight/insight.routes.ts';
import { setupRoutes } from '../setup/setup.routes.ts';
import { adminOutboxRoutes } from '../outbox/outbox.routes.ts';
import { retentionRoutes } from '../retention/retention.routes.ts';
import { adminSettingsRoutes } from '../settings/settings.routes.ts';

/**
 * Everything under /api/admin, behind one guard (session + CSRF, see requireVa).
 * Add a feature with one line: `.route('/<feature>', <feature>Routes(deps))`.
 */
export function adminRoutes(deps: AppDeps) {
  return new Hono<AdminEnv>()
    .use(requireVa(deps))
    .route('/settings', adminSettingsRoutes(deps))
    .route('/intakes', adminIntakeRoutes(deps))
    .route('/intakes', followUpRoutes(deps))
    .route('/email-templates', emailTemplateRoutes(deps))
    .route('/insight', insightRoutes(deps))
    .route('/retention', retentionRoutes(deps))
    .route('/outbox', adminOutboxRoutes(deps))
    .route('/setup', setupRoutes(deps))
    .route('/two-factor', twoFactorRoutes(deps))
    .get('/me', (c) => c.json({ va: { name: c.var.va.name, email: c.var.va.email } }, 200));
}
