import { Hono } from 'hono';
import { z } from 'zod';
import { Locale } from '#shared/schemas/common.ts';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../lib/errors.ts';
import { limitPerAddress } from '../../lib/rate-limit.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import { emailResultLink, eraseResult, openResult, RESULT_EMAILS_PER_HOUR, resultPdf } from './results.service.ts';

/** "E-mail me this link" from one address, over all results: enough for a household or an office. */
const RESULT_EMAILS_PER_ADDRESS_PER_HOUR = 20;
const HOUR_MS = 60 * 60 * 1000;

/** Optional: the language the prospect is reading the result in; absent = the scan's language. */
const EmailResultLinkInput = z.strictObject({ locale: Locale.optional() });
const PdfQuery = z.strictObject({ locale: Locale.optional() });
/** `{"locale":"nl"}` is all the body ever holds. */
const MAX_EMAIL_BODY_BYTES = 1024;

/** PDFs per address per hour: rendering one takes a CPU a few hundred milliseconds. */
const PDFS_PER_ADDRESS_PER_HOUR = 30;

/**
 * Result views per address per hour: far more than a prospect reloading her page (or an office
 * behind one address) ever needs, few enough that nobody scrapes or hammers the table with it.
 */
export const RESULT_VIEWS_PER_ADDRESS_PER_HOUR = 300;

/** Views of results, through the API or the result page's HTML (result-page.ts): one count per address. */
export function resultViewLimit(deps: AppDeps) {
  return limitPerAddress(deps, { name: 'result-view', limit: RESULT_VIEWS_PER_ADDRESS_PER_HOUR, windowMs: HOUR_MS });
}

/**
 * The prospect's own result behind an unguessable token. A malformed token is not a
 * validation error here: every miss answers the same 404, so nothing is revealed.
 */
export function resultRoutes(deps: AppDeps) {
  const emailLimit = limitPerAddress(deps, {
    name: 'result-email',
    limit: RESULT_EMAILS_PER_ADDRESS_PER_HOUR,
    windowMs: HOUR_MS,
  });
  const pdfLimit = limitPerAddress(deps, {
    name: 'result-pdf',
    limit: PDFS_PER_ADDRESS_PER_HOUR,
    windowMs: HOUR_MS,
  });
  const viewLimit = resultViewLimit(deps);
  return new Hono()
    .get('/:token/pdf', pdfLimit, validate('query', PdfQuery), async (c) => {
      const { pdf, fileName } = await resultPdf(deps, c.req.param('token'), c.req.valid('query').locale);
      c.header('Content-Type', 'application/pdf');
      c.header(
        'Content-Disposition',
        `attachment; filename="${fileName.ascii}"; filename*=UTF-8''${encodeURIComponent(fileName.utf8)}`,
      );
      c.header('Cache-Control', 'no-store');
      return c.body(new Uint8Array(pdf), 200);
    })
    .get('/:token', viewLimit, async (c) => {
      const view = await openResult(deps, c.req.param('token'));
      c.header('Cache-Control', 'no-store');
      return c.json(view, 200);
    })
    .delete('/:token', async (c) => {
      await eraseResult(deps, c.req.param('token'));
      return c.json({ erased: true }, 200);
    })
    // "E-mail me this link": to the address stored with the intake, never one from the request.
    // The body is limited first: a large one is refused before the token or the limits are looked at.
    .post('/:token/email', limitBody(MAX_EMAIL_BODY_BYTES), emailLimit, validate('json', EmailResultLinkInput), async (c) => {
      const outcome = await emailResultLink(deps, c.req.param('token'), c.req.valid('json').locale);
      if (outcome === 'limit-reached') {
        c.header('Retry-After', String(HOUR_MS / 1000));
        throw new AppError(
          429,
          'result_email_limit',
          `This result was already e-mailed ${RESULT_EMAILS_PER_HOUR} times in the last hour. Please try again later.`,
        );
      }
      return c.json({ queued: true as const }, 202);
    });
}
