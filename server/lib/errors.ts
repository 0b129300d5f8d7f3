import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError, ApiFieldIssue } from '#shared/schemas/common.ts';
import type { Logger } from './logger.ts';

/** A known failure with a stable code the client can translate. */
export class AppError extends HTTPException {
  readonly code: string;
  readonly issues: ApiFieldIssue[] | undefined;

  constructor(status: ContentfulStatusCode, code: string, message: string, issues?: ApiFieldIssue[]) {
    super(status, { message });
    this.code = code;
    this.issues = issues;
  }
}

export function validationError(issues: ApiFieldIssue[]): AppError {
  return new AppError(422, 'validation_failed', 'The request is not valid.', issues);
}

export function notFound(message = 'Not found.'): AppError {
  return new AppError(404, 'not_found', message);
}

/** zod issues as `{ path: 'contact.email', message }`, the shape every 422 carries. */
export function toFieldIssues(error: z.core.$ZodError): ApiFieldIssue[] {
  return error.issues.flatMap((issue) => {
    // One issue per unknown key, named by its own path, so the client sees which field.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => ({ path: path.map(String).join('.') || '(root)', message: issue.message }));
  });
}

/** The one error handler: known failures keep their status, anything else is a 500 without a stack. */
export function handleError(err: Error, c: Context, log: Logger): Response {
  if (err instanceof AppError) {
    const body: ApiError = { error: { code: err.code, message: err.message, issues: err.issues } };
    return c.json(body, err.status);
  }
  if (err instanceof HTTPException && err.status === 400) {
    // Hono's validator rejects a body that is not JSON before zod sees it: still bad input.
    const body: ApiError = { error: { code: 'validation_failed', message: err.message, issues: [{ path: '(body)', message: err.message }] } };
    return c.json(body, 422);
  }
  if (err instanceof HTTPException) {
    const code = err.status === 413 ? 'payload_too_large' : 'http_error';
    const body: ApiError = { error: { code, message: err.message || 'Request failed.' } };
    return c.json(body, err.status);
  }
  if (isOverload(err)) {
    // Not a fault: more requests at once than the database's connections serve in time.
    log.warn({ err: { message: err.message } }, 'overloaded: database busy');
    c.header('Retry-After', String(OVERLOAD_RETRY_AFTER_SECONDS));
    const body: ApiError = { error: { code: 'overloaded', message: 'It is very busy right now. Please try again in a moment.' } };
    return c.json(body, 503);
  }
  log.error({ err }, 'Unhandled error');
  const body: ApiError = { error: { code: 'internal', message: 'Something went wrong on our side.' } };
  return c.json(body, 500);
}

const OVERLOAD_RETRY_AFTER_SECONDS = 2;

/**
 * The database could not serve the request in time because of the load, not because anything
 * is wrong: no pooled connection came within DATABASE_POOL_WAIT_MS (pg-pool: none came free, or
 * a new one was not connected in that time, as a hand-written statement on the pool reports it), a transaction
 * could not start in time (Prisma P2028), PostgreSQL has no connection slot left (53300), or
 * another process held SQLite's write lock past the busy timeout.
 */
export function isOverload(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Object && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (code === 'P2028' || code === 'P2024' || code === '53300') return true;
    if (typeof message === 'string' && OVERLOAD_MESSAGES.test(message)) return true;
  }
  return false;
}

const OVERLOAD_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated due to connection timeout|Unable to start a transaction in the given time|too many clients already|remaining connection slots are reserved|SQLITE_BUSY|database is locked/i;
