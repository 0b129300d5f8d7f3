import { z } from 'zod';

/**
 * The only reader of process.env. Validated once at boot; a bad value stops the start
 * with a message that says which variable and why.
 */
const EnvSchema = z.object({
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
  /** Where prospects reach the app; used in links we send. */
  PUBLIC_URL: z.url().optional(),
  VA_NAME: z.string().min(1).default('Jouw virtuele assistent'),
  VA_EMAIL: z.email().default('hallo@example.nl'),
  VA_BOOKING_URL: z.url().optional(),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  TRUST_PROXY: z.stringbool().default(false),
  /** Scans one address may submit per hour (a family or office shares an address). */
  SUBMIT_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Back office: a session ends after this many minutes without a request (sliding). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  /** Back office: a session ends this many hours after sign-in, however active (default 7 days). */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(7 * 24),
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
  /** Attempts before a message is marked failed (the VA can retry it from the outbox). */
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(8),
  /** The first retry waits this long; each next one twice as long (capped at 6 hours). */
  OUTBOX_RETRY_BASE_SECONDS: z.coerce.number().min(0).default(30),
  /** Resume-link requests ("continue later") one address may make per hour. */
  RESUME_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** A scan submitted sooner than this after it started is refused as automated. */
  SCAN_MIN_FILL_SECONDS: z.coerce.number().min(0).default(15),
  /** Serve the built client from this folder (production start). */
  CLIENT_DIST: z.string().default('dist/client'),
});

export type Env = z.infer<typeof EnvSchema> & { PUBLIC_URL: string; MAIL_FROM: string };

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    ...env,
    PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    MAIL_FROM: env.MAIL_FROM ?? env.VA_EMAIL,
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
