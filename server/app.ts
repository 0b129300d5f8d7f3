import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppDeps } from './app-deps.ts';
import { notFound, handleError } from './lib/errors.ts';
import { closeConnectionsWhileStopping, createLifecycle, type Lifecycle } from './lib/lifecycle.ts';
import { observeRequest } from './lib/metrics.ts';
import { requestLog } from './lib/request-log.ts';
import { apiAsAttachment, securityHeaders } from './lib/security-headers.ts';
import { serveClient } from './lib/serve-client.ts';
import { capBody, MAX_API_BODY_BYTES, refuseUncleanPath } from './lib/validation.ts';
import { adminRoutes } from './features/admin/admin.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { brandingRoutes } from './features/branding/branding.routes.ts';
import { draftRoutes } from './features/drafts/drafts.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { metricsRoutes } from './features/metrics/metrics.routes.ts';
import { intakeRoutes } from './features/intakes/intakes.routes.ts';
import { resultPage } from './features/results/result-page.ts';
import { resultRoutes } from './features/results/results.routes.ts';
import { scanRoutes } from './features/scan/scan.routes.ts';
import { unsubscribeRoutes } from './features/unsubscribe/unsubscribe.routes.ts';
import { getEmbedOrigins } from './features/settings/settings.service.ts';

/** `lifecycle`: the process's state (server/index.ts); an app in a test is never stopping. */
export function createApp(deps: AppDeps, lifecycle: Lifecycle = createLifecycle()) {
  const api = new Hono()
    // A route that forgot its own limit is still safe: no body under /api is read past this.
    .use(capBody(MAX_API_BODY_BYTES))
    .use(refuseUncleanPath)
    .route('/', healthRoutes(deps, lifecycle))
    .route('/scan', scanRoutes(deps))
    .route('/intakes', intakeRoutes(deps))
    .route('/drafts', draftRoutes(deps))
    .route('/results', resultRoutes(deps))
    .route('/unsubscribe', unsubscribeRoutes(deps))
    .route('/branding', brandingRoutes(deps))
    .route('/auth', authRoutes(deps))
    .route('/admin', adminRoutes(deps));

  const app = new Hono()
    .use(requestLog(deps.log, observeRequest))
    .use(closeConnectionsWhileStopping(lifecycle))
    // Only /embed may be framed, and only by the sites the VA listed in her settings.
    .use(securityHeaders({ embedOrigins: () => getEmbedOrigins(deps) }))
    // Before the routes, so their answers (the 24 kB catalogue, a result) go out compressed too.
    // API answers are downloads, never pages (ASVS 14.4.2); exports keep their own file name.
    .use('/api/*', apiAsAttachment)
    .use('/api/*', compress())
    .route('/api', api)
    .route('/metrics', metricsRoutes(deps));

  app.all('/api/*', () => {
    throw notFound('No such API route.');
  });
  app.onError((err, c) => handleError(err, c, deps.log));
  serveClient(app, deps.env.CLIENT_DIST, { resultPage: resultPage(deps) });
  return app;
}

/** The API's type, for the client's `hc<AppType>`: the client only ever imports it as a type. */
export type AppType = ReturnType<typeof createApp>;
