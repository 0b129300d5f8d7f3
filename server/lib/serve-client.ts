import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { compress } from 'hono/compress';

/** Pages whose HTML the server fills in: `shell` is the build's page for them. */
export type ClientPages = { resultPage?: (c: Context, shell: string) => Promise<string> };

/**
 * Serves the built SPA when it exists (production start); in development vite serves it.
 * Every non-API path falls back to index.html so deep links like /r/<token> work.
 */
export function serveClient(app: Hono, distDir: string, pages: ClientPages = {}): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) return;
  // index.html (served for /) carries the scan's step 1 prerendered; every other page gets the
  // plain page (scripts/build/prerender-scan.tsx), or index.html where the build made none.
  const shellFile = path.join(distDir, 'shell.html');
  const indexHtml = readFileSync(existsSync(shellFile) ? shellFile : indexFile, 'utf8');
  // A result link: the shell that preloads the result page's chunks (the build's result.html).
  const resultFile = path.join(distDir, 'result.html');
  const resultHtml = existsSync(resultFile) ? readFileSync(resultFile, 'utf8') : indexHtml;
  // The back office: the same for its chunks (the build's admin.html).
  const adminFile = path.join(distDir, 'admin.html');
  const adminHtml = existsSync(adminFile) ? readFileSync(adminFile, 'utf8') : indexHtml;

  // The scan is read on phones: the build's brotli and gzip copies of the client's files
  // (scripts/build/precompress.js) go out as they are; anything else is gzipped here.
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
  // Browsers and crawlers ask for /favicon.ico whatever the page links: the icon is an SVG.
  app.get('/favicon.ico', (c) => c.redirect('/favicon.svg', 301));
  app.use('*', serveStatic({ root: distDir, precompressed: true }));
  const { resultPage } = pages;
  app.get('/r/:token', async (c) => c.html(resultPage ? await resultPage(c, resultHtml) : resultHtml));
  app.get('/r/*', (c) => c.html(resultHtml));
  app.get('/admin', (c) => c.html(adminHtml));
  app.get('/admin/*', (c) => c.html(adminHtml));
  app.get('*', (c) => c.html(indexHtml));
}
