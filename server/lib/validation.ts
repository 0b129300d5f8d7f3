import { zValidator } from '@hono/zod-validator';
import type { Context, ValidationTargets } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { uncleanTextPaths, withCleanText } from '#shared/schemas/common.ts';
import { AppError, notFound, toFieldIssues, validationError } from './errors.ts';

/**
 * zValidator that answers 422 with the issues per field through the one error handler; control
 * characters and broken Unicode are refused in every string (withCleanText).
 */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, withCleanText(schema), (result, c) => {
    // Hono reads a body as JSON only when it says so, and validates `{}` otherwise: a body that
    // is not labelled JSON is refused here (no body at all is `{}`, for routes whose fields are all optional).
    if (target === 'json' && hasBody(c) && !isJsonMediaType(c.req.header('content-type'))) {
      throw new AppError(415, 'unsupported_media_type', 'The request body must be JSON (Content-Type: application/json).');
    }
    if (!result.success) throw validationError(toFieldIssues(result.error));
  });
}

function hasBody(c: Context): boolean {
  const length = c.req.header('content-length');
  if (length !== undefined) return Number(length) > 0;
  return c.req.header('transfer-encoding') !== undefined || c.req.raw.body !== null;
}

/** application/json, its `+json` relatives, with or without parameters (charset). */
function isJsonMediaType(contentType: string | undefined): boolean {
  return /^application\/([\w.-]+\+)?json$/i.test(contentType?.split(';')[0]?.trim() ?? '');
}

/**
 * The cap on every request body under /api (app.ts), whatever the route: the largest a route
 * takes (the settings with their logo). Each route that reads a body has its own, smaller limit.
 */
export const MAX_API_BODY_BYTES = 1024 * 1024;

function tooLarge(maxSize: number): AppError {
  return new AppError(413, 'payload_too_large', `The request body is larger than ${maxSize} bytes.`);
}

/**
 * The cap for a whole tree of routes (a forgotten route is safe by default): a declared
 * Content-Length over it is refused at once; a streamed body is counted while whoever reads it
 * reads, and breaks off (413) at the cap. Unlike limitBody nothing is buffered here, so the
 * route's own, smaller limit still applies first.
 */
export function capBody(maxSize: number) {
  return createMiddleware(async (c, next) => {
    const declared = c.req.header('content-length');
    if (Number(declared ?? 0) > maxSize) throw tooLarge(maxSize);
    // Over a real connection, Node's HTTP parser hands over exactly the declared length (the rest
    // would be the next request): nothing to count, and no stream to pipe every body through.
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined && fromNodeConnection(c)) return next();
    const body = c.req.raw.body;
    if (!body) return next();
    let size = 0;
    let crossed = false;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size <= maxSize) return controller.enqueue(chunk);
          crossed = true;
          controller.error(tooLarge(maxSize));
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    await next();
    // Whatever the reader made of the broken-off body (a JSON error, say), the answer is 413.
    if (crossed) throw tooLarge(maxSize);
  });
}

/** A request that @hono/node-server read from a socket (not `app.request()` in a test). */
function fromNodeConnection(c: Context): boolean {
  const env = c.env as { incoming?: { socket?: unknown } } | undefined;
  return env?.incoming?.socket !== undefined;
}

/**
 * bodyLimit that answers 413 `payload_too_large` through the one error handler: a declared
 * Content-Length over the limit is refused before a byte is read; a streamed body is read only
 * until it crosses the limit.
 */
export function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge(maxSize);
    },
  });
}

/**
 * A path with control characters or broken Unicode in it names nothing we keep: 404 before a
 * route looks it up (PostgreSQL would refuse the id with a 500).
 */
export const refuseUncleanPath = createMiddleware(async (c, next) => {
  let path = c.req.path;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not percent-encoded UTF-8: the routes see it as it is (and find nothing).
  }
  if (uncleanTextPaths(path).length > 0) throw notFound();
  await next();
});
