import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createMiddleware } from 'hono/factory';

/** The scan in embedded mode, the one page another site may show in a frame (as the SPA routes it). */
const EMBED_PAGE = /^\/embed\/?$/i;
/**
 * Public files other sites load: the script on the VA's site that sizes that frame, and her logo
 * in e-mails (webmail shows it from its own origin).
 */
const CROSS_ORIGIN_FILES = new Set(['/embed.js', '/api/branding/logo']);

type SecurityHeaderOptions = {
  /** The sites (origins) that may frame /embed, read per request so a change applies at once. */
  embedOrigins: () => Promise<string[]>;
};

function headersFor({ frameAncestors, crossOrigin = false }: { frameAncestors: string[]; crossOrigin?: boolean }) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      frameAncestors: frameAncestors.length > 0 ? frameAncestors : ["'none'"],
      formAction: ["'self'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
    },
    // frame-ancestors decides; X-Frame-Options is for browsers from before it, and it cannot
    // name other sites, so it is left off where sites are allowed.
    xFrameOptions: frameAncestors.length > 0 ? false : 'DENY',
    // Other sites may load the public files; everything else is ours alone.
    crossOriginResourcePolicy: crossOrigin ? 'cross-origin' : 'same-origin',
    referrerPolicy: 'no-referrer',
    // Features the app never uses, for no page and no frame: nobody can turn them on in it.
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      serial: [],
      bluetooth: [],
      hid: [],
      midi: [],
      accelerometer: [],
      gyroscope: [],
      magnetometer: [],
      displayCapture: [],
      browsingTopics: [],
    },
  });
}

/**
 * Security headers on every response. No page may be shown in a frame (the back office and the
 * result pages above all), except the scan at /embed, which the VA's listed sites may frame
 * (docs/decisions/0009-embedding.md).
 */
export function securityHeaders({ embedOrigins }: SecurityHeaderOptions): MiddlewareHandler {
  const everyPage = headersFor({ frameAncestors: [] });
  const publicFile = headersFor({ frameAncestors: [], crossOrigin: true });
  return async (c, next) => {
    if (EMBED_PAGE.test(c.req.path)) return headersFor({ frameAncestors: await embedOrigins() })(c, next);
    if (CROSS_ORIGIN_FILES.has(c.req.path)) return publicFile(c, next);
    return everyPage(c, next);
  };
}

/**
 * Every answer under /api is a download, never a page (ASVS 14.4.2): a browser that is sent to an
 * API address (a link, a frame, a guessed URL) saves the answer instead of rendering it. fetch()
 * ignores the header, so the SPA reads its JSON as ever; an answer that names its own file (the
 * CSV and JSON exports, the PDF) keeps its own. Runs after the route, so errors and 404s get it too.
 */
export const apiAsAttachment = createMiddleware(async (c, next) => {
  await next();
  if (c.res.headers.has('Content-Disposition') || c.res.status === 204 || c.res.status === 304) return;
  const json = c.res.headers.get('Content-Type')?.startsWith('application/json') ?? false;
  c.res.headers.set('Content-Disposition', json ? 'attachment; filename="api.json"' : 'attachment');
});
