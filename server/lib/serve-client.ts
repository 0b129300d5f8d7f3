import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { compress } from 'hono/compress';

/**
 * Serves the built SPA when it exists (production start); in development vite serves it.
 * Every non-API path falls back to index.html so deep links like /r/<token> work.
 */
export function serveClient(app: Hono, distDir: string): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) return;
  const indexHtml = readFileSync(indexFile, 'utf8');

  // The scan is read on phones: send the client's files gzipped.
  app.use('*', compress());
  // Vite fingerprints asset names, so they may be cached for good.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // The embed script sits in snippets on other sites under a fixed name: cached for an hour,
  // so a new version reaches those sites the same day.
  app.use('/embed.js', async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', 'public, max-age=3600');
  });
  // The build writes source maps (for our own debugging); they are not handed out.
  app.use('*', async (c, next) => {
    if (c.req.path.endsWith('.map')) return c.text('Not found', 404);
    await next();
  });
  app.use('*', serveStatic({ root: distDir }));
  app.get('*', (c) => c.html(indexHtml));
}
