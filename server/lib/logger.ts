import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, randomBytes } from 'node:crypto';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { Env } from '../env.ts';

/** The server's logger (pino): one line per event, JSON in production. */
export type Logger = PinoLogger;

/** What a log line carries from the request (or the job) it happens in. */
type LogContext = { reqId: string };

const context = new AsyncLocalStorage<LogContext>();

/**
 * Runs `work` with `reqId` attached to every log line written inside it, and to every e-mail it
 * queues (outbox.repository.ts), so a job's lines carry the id of the request that caused them.
 */
export function withRequestId<T>(reqId: string | null | undefined, work: () => T): T {
  return reqId ? context.run({ reqId }, work) : work();
}

/** The id of the request (or the request behind the job) being handled, if any. */
export function currentRequestId(): string | undefined {
  return context.getStore()?.reqId;
}

/**
 * Field names whose values are personal data or secrets: replaced by "[redacted]" wherever they
 * appear in a logged object (one level deep and at the top). Code logs ids and counts, not people;
 * this is the net under that rule.
 */
const REDACTED_KEYS = ['email', 'phone', 'password', 'token', 'cookie', 'authorization', 'toAddress', 'address'];
const redactPaths = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]);

/**
 * The root logger. Production writes JSON lines to stdout (for the process manager or the log
 * collector), asynchronously; development pretty-prints through pino-pretty when it is installed (a dev
 * dependency), else JSON as well. `destination` lets tests read what was logged.
 */
export function createLogger(env: Pick<Env, 'NODE_ENV' | 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  const options = {
    level: env.LOG_LEVEL,
    base: { pid: process.pid },
    redact: { paths: redactPaths, censor: '[redacted]' },
    mixin: () => context.getStore() ?? {},
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (destination) return pino(options, destination);
  if (env.NODE_ENV === 'development' && prettyPrinterInstalled()) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid' } } });
  }
  // Written in the background, not one blocking write per line: under load lines leave in batches
  // (a blocking write per request was a sixth of the CPU at saturation). Pino writes what is left
  // when the process exits; a kill -9 can lose the last lines (docs/decisions/0030).
  return pino(options, pino.destination({ dest: 1, sync: false }));
}

function prettyPrinterInstalled(): boolean {
  try {
    import.meta.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

// A key made per process: the same value gives the same tag for as long as the process runs,
// which is enough to see one address hammering a limit, and no tag can be turned back into it.
const pseudonymKey = randomBytes(32);

/**
 * Personal data (a client address, an e-mail address) as it may appear in a log: an opaque tag.
 * An IP address is personal data under the AVG, and a plain hash of an IPv4 address is reversed
 * by trying all 2^32 of them; a keyed one is not.
 */
export function pseudonym(value: string): string {
  return createHmac('sha256', pseudonymKey).update(value).digest('base64url').slice(0, 12);
}

/**
 * The security events (ASVS 7.1, 7.2): one line each, with `security: <event>` for a log collector
 * to count or alert on. Warn for what may be an attack or changes who can get in; info otherwise.
 */
const SECURITY_EVENT_LEVELS = {
  'sign-in': 'info',
  'sign-in-failed': 'warn',
  'sign-in-throttled': 'warn',
  'rate-limited': 'warn',
  'signed-out': 'info',
  'signed-out-everywhere': 'info',
  'session-ended': 'info',
  'password-change-failed': 'warn',
  'password-change-throttled': 'warn',
  'account-created': 'warn',
  'password-changed': 'warn',
  export: 'info',
  erasure: 'info',
  // Two-factor sign-in and re-authentication (docs/decisions/0025)
  '2fa-enabled': 'warn',
  '2fa-disabled': 'warn',
  'recovery-code-used': 'warn',
  'recovery-codes-regenerated': 'warn',
  'sign-in-second-step-failed': 'warn',
  reauthenticated: 'info',
  'reauth-failed': 'warn',
} as const;

export type SecurityEvent = keyof typeof SECURITY_EVENT_LEVELS;

/**
 * Logs a security event. Fields are ids, counts and pseudonyms (see `pseudonym`): never an e-mail
 * address, a name, a token or a password, and a client address only as a pseudonym. Scalars
 * only, so a whole record cannot slip in.
 */
export function logSecurityEvent(
  log: Logger,
  event: SecurityEvent,
  fields: Record<string, string | number | boolean | null | undefined> = {},
  message = `security: ${event}`,
): void {
  log[SECURITY_EVENT_LEVELS[event]]({ security: event, ...fields }, message);
}
