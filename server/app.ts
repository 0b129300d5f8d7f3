import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './app-deps.ts';
import { notFound, handleError } from './lib/errors.ts';
import { serveClient } from './lib/serve-client.ts';
import { adminRoutes } from './features/admin/admin.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { intakeRoutes } from './features/intakes/intakes.routes.ts';
import { resultRoutes } from './features/results/results.routes.ts';
import { scanRoutes } from './features/scan/scan.routes.ts';

export function createApp(deps: AppDeps) {
  const api = new Hono()
    .get('/health', (c) => c.json({ ok: true }, 200))
    .route('/scan', scanRoutes(deps))
    .route('/intakes', intakeRoutes(deps))
    .route('/results', resultRoutes(deps))
    .route('/auth', authRoutes(deps))
    .route('/admin', adminRoutes(deps));

  const app = new Hono()
    .use(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          baseUri: ["'self'"],
          objectSrc: ["'none'"],
        },
        referrerPolicy: 'no-referrer',
      }),
    )
    .route('/api', api);

  app.all('/api/*', () => {
    throw notFound('No such API route.');
  });
  app.onError(handleError);
  serveClient(app, deps.env.CLIENT_DIST);
  return app;
}

/** The API's type, for the client's `hc<AppType>`: the client only ever imports it as a type. */
export type AppType = ReturnType<typeof createApp>;
