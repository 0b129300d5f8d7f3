import type { ResultView } from '#shared/schemas/result.ts';

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

/**
 * The answer the server put in a result link's page with the rendered result
 * (server/features/results/result-page.ts), for this token, once; else undefined. Read while the
 * app renders its first frame, so that frame shows the result the page already shows.
 */
export function takeEmbeddedResult(token: string): ResultView | undefined {
  const element = typeof document === 'undefined' ? null : document.getElementById('result-data');
  if (!element || element.dataset.token !== token) return undefined;
  element.remove();
  try {
    return JSON.parse(element.textContent ?? '') as ResultView;
  } catch {
    return undefined; // the app asks the server instead
  }
}
