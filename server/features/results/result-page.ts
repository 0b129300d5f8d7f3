import type { Context } from 'hono';
import type { renderResultFirstPaint } from '#client/src/app/result-first-paint.tsx';
import type { ResultView } from '#shared/schemas/result.ts';
import type { AppDeps } from '../../app-deps.ts';
import { publicUrl } from '../../env.ts';
import { AppError } from '../../lib/errors.ts';
import { resultViewLimit } from './results.routes.ts';
import { openResult } from './results.service.ts';

type RenderResult = typeof renderResultFirstPaint;
let renderer: Promise<RenderResult> | undefined;

/**
 * /r/<token>, the page a prospect opens from her e-mail, with her result in it
 * (docs/decisions/0031-result-page-in-its-html.md): the result's HTML, rendered from the same
 * components the app renders over it, and the answer the app would ask for, so she reads it at
 * the first paint and the app asks the server nothing more. Opening it counts as the visit, under
 * the same per-address limit as the API. Whatever cannot be shown this way (an unknown or erased
 * link, the limit reached, a failure) gets the plain page `shell`: the app then asks the API,
 * which answers as before (404, 429, …).
 */
export function resultPage(deps: AppDeps) {
  const viewLimit = resultViewLimit(deps);
  return async (c: Context, shell: string): Promise<string> => {
    const token = c.req.param('token') ?? '';
    let view: ResultView;
    try {
      await viewLimit(c, async () => {});
      view = await openResult(deps, token);
    } catch (error) {
      if (!(error instanceof AppError)) deps.log.warn({ err: error }, 'result page: the result could not be read; the app asks again');
      return shell;
    }
    try {
      const resultUrl = `${publicUrl(deps.env)}/r/${encodeURIComponent(token)}`;
      renderer ??= import('#client/src/app/result-first-paint.tsx').then((module) => module.renderResultFirstPaint);
      const html = (await renderer)(view, { resultUrl, pdfHref: `/api/results/${encodeURIComponent(token)}/pdf?locale=${view.locale}` });
      c.header('Cache-Control', 'no-store');
      return withResult(shell, view, token, html);
    } catch (error) {
      renderer = undefined;
      deps.log.warn({ err: error }, 'result page: rendering failed; the app renders it');
      return shell;
    }
  };
}

const FIRST_PAINT_SCRIPT = '<script src="/first-paint.js"></script>';
const ROOT = '<div id="root"></div>';

/**
 * The shell with the answer as data before /first-paint.js (which reads it: the visitor's
 * language, no early request) and the rendered result in #root, `inert` until the app takes over.
 */
function withResult(shell: string, view: ResultView, token: string, html: string): string {
  if (!shell.includes(FIRST_PAINT_SCRIPT) || !shell.includes(ROOT)) throw new Error('The result page shell has no first-paint script or no empty #root');
  // JSON in a <script> element: a "<" (as in "</script>") must not end it.
  const data = JSON.stringify(view).replace(/</g, '\\u003c');
  const dataScript = `<script type="application/json" id="result-data" data-token="${token}" data-locale="${view.locale}">${data}</script>`;
  return shell
    // The page's language is the result's until the app (LocaleProvider) takes over.
    .replace(/<html lang="[a-z]+">/, `<html lang="${view.locale}">`)
    .replace(FIRST_PAINT_SCRIPT, `${dataScript}${FIRST_PAINT_SCRIPT}`)
    .replace(ROOT, `<div id="root"><div inert data-prerendered="">${html}</div></div>`);
}
