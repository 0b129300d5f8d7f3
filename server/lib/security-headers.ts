import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

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
