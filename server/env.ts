import { z } from 'zod';


/**
 * The only reader of process.env. Validated once at boot; a bad value stops the start
 * with a message that says which variable and why, one line per problem. Development keeps
 * friendly defaults; production refuses what would quietly break for the people using it
 * (productionProblems below).
 */
const EnvFields = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Unset or file:… → the embedded SQLite database; postgres://… → PostgreSQL. */
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: or postgres://')
    .optional(),
  /** PostgreSQL: connections per process (all processes together stay below the server's max_connections). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** PostgreSQL: the longest a request waits for a free connection before it is answered 503 + Retry-After. */
  DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(10).max(60_000).default(5000),
  /** Where prospects reach the app; used in links we send. */
  PUBLIC_URL: z.url().optional(),
  /** Who the prospect deals with, until the VA saves her settings; unset = the pages speak neutrally. */
  VA_NAME: z.string().min(1).optional(),
  VA_EMAIL: z.email().optional(),
  VA_BOOKING_URL: z.url().optional(),
  /**
   * How many reverse proxies stand in front of the app, each appending the address it saw to
   * X-Forwarded-For: the client's address is that many entries from the right (what the
   * outermost of our proxies saw; entries further left are the client's own words).
   * false = 0 (the socket's peer), true = 1.
   */
  TRUST_PROXY: z
    .union([z.stringbool().transform((on) => (on ? 1 : 0)), z.coerce.number().int().min(0).max(10)], {
      error: 'must be false, true (one proxy in front) or the number of proxies in front (0-10)',
    })
    .default(0),
  /** Scans one address may submit per hour (a family or office shares an address). */
  SUBMIT_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Back office: a session ends after this many minutes without a request (sliding; ASVS L2: 30). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  /** Back office: a session ends this many hours after sign-in, however active (ASVS L2: 12). */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  /** Failed sign-ins counted over this window (minutes) for throttling. */
  LOGIN_THROTTLE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Failed sign-ins per account within the window before sign-in is refused (429). */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  /** Failed sign-ins per client address within the window before sign-in is refused (429). */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  /** smtp://user:pass@host:587 or smtps://…; unset = e-mails stay in the outbox (readable in the back office). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  /** The sender address of every e-mail (replies go to the VA's reply address); default VA_EMAIL. */
  MAIL_FROM: z.email().optional(),
  /** How often the outbox worker looks for due messages (milliseconds). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(2000),
  /** A claimed message is taken over by another sender when its sender has not finished in this time. */
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).default(120),
  /**
   * Attempts before a message is marked failed (the VA can retry it from the outbox). 15 with the
   * 6-hour cap: the last attempt comes 30-35 hours after the first, so a day-long SMTP outage loses nothing.
   */
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(15),
  /** The first retry waits this long; each next one twice as long (capped at 6 hours). */
  OUTBOX_RETRY_BASE_SECONDS: z.coerce.number().min(0).default(30),
  /** Resume-link requests ("continue later") one address may make per hour. */
  RESUME_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** A scan submitted sooner than this after it started is refused as automated. */
  SCAN_MIN_FILL_SECONDS: z.coerce.number().min(0).default(15),
  /** Serve the built client from this folder (production start). */
  CLIENT_DIST: z.string().default('dist/client'),
  /** Bearer token for /metrics from elsewhere than this machine; unset = loopback only. */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters (e.g. the output of `openssl rand -hex 32`)').optional(),
  /**
   * Seals the VA's two-factor secrets in the database (AES-256-GCM under a key derived from it), so
   * a dump of the database alone does not give them away. Unset = stored as they are (decision 0025).
   */
  TOTP_ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters (e.g. the output of `openssl rand -hex 32`)').optional(),
  /** On SIGTERM/SIGINT: the longest a graceful stop may take before the process exits anyway. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(10),
});

const EnvSchema = EnvFields.superRefine((env, ctx) => {
  if (env.NODE_ENV !== 'production') return;
  for (const [path, message] of productionProblems(env)) ctx.addIssue({ code: 'custom', path: [path], message });
});

export type Env = z.infer<typeof EnvSchema> & { PUBLIC_URL: string; MAIL_FROM: string };

const LOOPBACK_HOSTS = new Set(['localhost', '::1', '[::1]']);
function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Only this machine can reach the app, and nothing it sends leaves it: it listens on the loopback
 * address, no reverse proxy forwards to it (TRUST_PROXY is off) and no e-mail is sent. The first
 * `npm start` on a laptop is such a run; links to http://localhost are then right.
 */
export function isLocalOnly(env: Pick<Env, 'HOST' | 'TRUST_PROXY' | 'SMTP_URL'>): boolean {
  return isLoopbackHost(env.HOST) && !env.TRUST_PROXY && !env.SMTP_URL;
}

/** Database passwords that ship as defaults somewhere (ours was `change-me` in compose.yaml). */
const DEFAULT_DATABASE_PASSWORDS = new Set(['postgres', 'password', 'secret', 'admin', 'root', 'delegatiescan']);

/** A secret copied from an example rather than generated: a placeholder word, or too few different characters. */
function isPlaceholderSecret(value: string): boolean {
  const lower = value.toLowerCase();
  if (/change-?me|placeholder|your[-_ ]|secret[-_ ]?key|example|xxxx|1234/.test(lower)) return true;
  return new Set(lower).size < 6;
}

/** What production refuses, as [variable, why] pairs: each one is a line of the start's error. */
function productionProblems(env: z.infer<typeof EnvFields>): [string, string][] {
  const problems: [string, string][] = [];
  if (!isLocalOnly(env)) {
    if (!env.PUBLIC_URL) {
      problems.push(['PUBLIC_URL', 'is required in production once others reach the app (HOST beyond this machine, TRUST_PROXY, or SMTP_URL set): the https:// address prospects use, e.g. https://scan.example.nl']);
    } else {
      const url = new URL(env.PUBLIC_URL);
      if (isLoopbackHost(url.hostname)) {
        problems.push(['PUBLIC_URL', `points at this machine (${url.host}): every link in an e-mail or embed snippet would lead to the reader's own computer`]);
      } else if (url.protocol !== 'https:') {
        problems.push(['PUBLIC_URL', 'must start with https:// in production: sign-in cookies are Secure and links travel by e-mail']);
      }
    }
  }
  if (env.SMTP_URL) {
    const smtp = new URL(env.SMTP_URL);
    if (smtp.username && !smtp.password) problems.push(['SMTP_URL', 'names a user but no password (smtp://user:password@host:587)']);
    if (!env.MAIL_FROM) {
      problems.push(['MAIL_FROM', 'is required in production when SMTP_URL is set: the sender address of every e-mail, on a domain your SMTP service may send for']);
    }
  }
  if (env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    const password = decodeURIComponent(new URL(env.DATABASE_URL).password).toLowerCase();
    // No password at all (a socket, trust or PGPASSWORD) is the host's choice; a known one is not.
    if (password && (DEFAULT_DATABASE_PASSWORDS.has(password) || isPlaceholderSecret(password))) {
      problems.push(['DATABASE_URL', 'uses a default or placeholder database password: set your own (e.g. `openssl rand -hex 24`)']);
    }
  }
  for (const key of ['TOTP_ENCRYPTION_KEY', 'METRICS_TOKEN'] as const) {
    const value = env[key];
    if (value && value.length >= 32 && isPlaceholderSecret(value)) problems.push([key, 'is a placeholder: use a random value (e.g. `openssl rand -hex 32`)']);
  }
  for (const key of ['MAIL_FROM', 'VA_EMAIL'] as const) {
    const value = key === 'VA_EMAIL' ? env.VA_EMAIL : env.MAIL_FROM;
    if (value && /@example\.(nl|com|org|net)$/i.test(value)) {
      problems.push([key, `is a placeholder address (${value})`]);
    }
  }
  return problems;
}

/** Thrown by readEnv: its message lists every problem, one per line, without a stack to wade through. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty value is an unset one (compose's `SMTP_URL: ${SMTP_URL:-}`, an empty line in .env).
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment (NODE_ENV=${source.NODE_ENV ?? 'development'}):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const PUBLIC_URL = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  return {
    ...env,
    PUBLIC_URL,
    // Production requires MAIL_FROM with SMTP_URL; elsewhere any sender the local SMTP server takes.
    MAIL_FROM: env.MAIL_FROM ?? env.VA_EMAIL ?? `delegatiescan@${new URL(PUBLIC_URL).hostname}`,
  };
}

/**
 * The password for `npm run va:create`, when given in the environment (non-interactive use).
 * Read apart from readEnv() so that the server never holds it.
 */
export function readVaPassword(source: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = source.VA_PASSWORD;
  return value === undefined || value === '' ? undefined : value;
}

/** PUBLIC_URL without a trailing slash, to put a path after (`${publicUrl(env)}/r/<token>`). */
export function publicUrl(env: Pick<Env, 'PUBLIC_URL'>): string {
  return env.PUBLIC_URL.replace(/\/+$/, '');
}

/** DATABASE_URL alone, for the command-line tools that need nothing else (`npm run db:backup`). */
export function readDatabaseUrl(source: NodeJS.ProcessEnv = process.env): string | undefined {
  return source.DATABASE_URL?.trim() || undefined;
}
