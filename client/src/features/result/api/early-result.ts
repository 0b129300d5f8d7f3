/**
 * The answer /first-paint.js asked for when the page opened on a result link, before the app's
 * code arrived (the request and the chunks then load side by side instead of one after the other).
 */
type EarlyResult = { token: string; response: Promise<Response> };

declare global {
  interface Window {
    __earlyResult?: EarlyResult;
  }
}

/** That answer for this token, once (a later fetch asks the server again); else null. */
export function takeEarlyResult(token: string): Promise<Response> | null {
  const early = typeof window === 'undefined' ? undefined : window.__earlyResult;
  if (!early || early.token !== token) return null;
  delete window.__earlyResult;
  return early.response;
}
