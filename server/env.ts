import { z } from 'zod';

/**
 * The only reader of process.env. Validated once at boot; a bad value stops the start
 * with a message that says which variable and why.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
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
  /** Serve the built client from this folder (production start). */
  CLIENT_DIST: z.string().default('dist/client'),
});

export type Env = z.infer<typeof EnvSchema> & { PUBLIC_URL: string };

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return { ...env, PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}` };
}

/**
 * The password for `npm run va:create`, when given in the environment (non-interactive use).
 * Read apart from readEnv() so that the server never holds it.
 */
export function readVaPassword(source: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = source.VA_PASSWORD;
  return value === undefined || value === '' ? undefined : value;
}
