import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import { findOrCreateAppSecret } from './scan.repository.ts';

/**
 * The scan's start stamp: the moment a scan started, signed by the server (HMAC-SHA256 with a
 * key in the AppSecret table, the same for every process), as `<milliseconds>.<signature>`.
 * The browser keeps it in its draft (also a draft saved for later) and sends it with the
 * submission, which is refused when it comes sooner than SCAN_MIN_FILL_SECONDS after the start:
 * people need minutes for the scan, scripts need none. The key is made once (the first process to
 * need it stores it; the others read that one) and never changes, so each process keeps it.
 */

const KEY_NAME = 'scan-start-stamp';
const STAMP_PATTERN = /^(\d{13})\.([A-Za-z0-9_-]{43})$/;
/** Processes' clocks may differ a little: a stamp this far "in the future" still counts. */
const CLOCK_SKEW_MS = 60_000;

const keys = new WeakMap<AppDeps['db'], Promise<Buffer>>();

function signingKey(deps: AppDeps): Promise<Buffer> {
  let key = keys.get(deps.db);
  if (!key) {
    key = findOrCreateAppSecret(deps.db, KEY_NAME, () => randomBytes(32).toString('base64url')).then((value) =>
      Buffer.from(value, 'base64url'),
    );
    keys.set(deps.db, key);
    key.catch(() => keys.delete(deps.db));
  }
  return key;
}

function sign(key: Buffer, startedAtMs: number): string {
  return createHmac('sha256', key).update(`scan-start:${startedAtMs}`).digest('base64url');
}

export async function issueStartStamp(deps: AppDeps, now: Date = new Date()): Promise<string> {
  const startedAtMs = now.getTime();
  return `${startedAtMs}.${sign(await signingKey(deps), startedAtMs)}`;
}

export type StartStampCheck =
  | { ok: true; secondsSinceStart: number | null }
  | { ok: false; reason: 'missing' | 'invalid' }
  | { ok: false; reason: 'too-fast'; secondsSinceStart: number };

/**
 * Whether a submission may be accepted as far as its start goes. With a minimum of 0 seconds a
 * missing stamp is fine (tests, or a VA who switched the check off); one that is sent is
 * still verified.
 */
export async function checkStartStamp(
  deps: AppDeps,
  stamp: string | undefined,
  now: Date = new Date(),
): Promise<StartStampCheck> {
  const minimumSeconds = deps.env.SCAN_MIN_FILL_SECONDS;
  if (stamp === undefined) return minimumSeconds === 0 ? { ok: true, secondsSinceStart: null } : { ok: false, reason: 'missing' };
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) return { ok: false, reason: 'invalid' };
  const startedAtMs = Number(match[1]);
  const expected = Buffer.from(sign(await signingKey(deps), startedAtMs));
  const given = Buffer.from(match[2]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  const elapsedMs = now.getTime() - startedAtMs;
  if (elapsedMs < -CLOCK_SKEW_MS) return { ok: false, reason: 'invalid' };
  const secondsSinceStart = Math.max(0, elapsedMs) / 1000;
  if (secondsSinceStart < minimumSeconds) return { ok: false, reason: 'too-fast', secondsSinceStart };
  return { ok: true, secondsSinceStart };
}
