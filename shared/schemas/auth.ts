import { z } from 'zod';

/** The header every state-changing back-office request carries (see docs/decisions/0004). */
export const CSRF_HEADER = 'X-CSRF-Token';

export const PASSWORD_MIN_LENGTH = 12;
/** Far above any real password; keeps a sign-in request from feeding megabytes to argon2. */
export const PASSWORD_MAX_LENGTH = 1024;

/** An e-mail address as stored for a VA account: trimmed, lower-case. */
export const VaEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email().max(254));

/** The sign-in form and the POST /api/auth/login body. */
export const LoginInput = z.strictObject({
  email: VaEmail,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginInput = z.infer<typeof LoginInput>;

/** Who is signed in, as the back office shows it. */
export const SignedInVaDto = z.object({ name: z.string(), email: z.string() });
export type SignedInVaDto = z.infer<typeof SignedInVaDto>;

/** The answer of POST /api/auth/login and GET /api/auth/session. */
export const SessionResponse = z.object({ va: SignedInVaDto, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(email: string, password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'must not be the e-mail address';
  return null;
}

/** POST /api/auth/password: the current password (checked, throttled) and the new `password` (named as in va:create's 422s). */
export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** The answer of POST /api/auth/password: how many other sessions it ended. */
export const ChangePasswordResponse = z.object({ endedSessions: z.number().int() });
export type ChangePasswordResponse = z.infer<typeof ChangePasswordResponse>;

/** One signed-in browser of the VA, as GET /api/auth/sessions lists it. */
export const VaSessionDto = z.object({
  id: z.string(),
  /** From the User-Agent, short and without versions ("Firefox"); null when unknown. */
  browser: z.string().nullable(),
  /** "Windows", "macOS", "iOS", "Android", …; null when unknown. */
  os: z.string().nullable(),
  signedInAt: z.string(),
  lastActiveAt: z.string(),
  /** The session of the browser asking. */
  current: z.boolean(),
});
export type VaSessionDto = z.infer<typeof VaSessionDto>;

export const VaSessionsResponse = z.object({ sessions: z.array(VaSessionDto) });
export type VaSessionsResponse = z.infer<typeof VaSessionsResponse>;

/** The back office's change-password form: ChangePasswordInput and the new password typed again. */
export const ChangePasswordForm = ChangePasswordInput.extend({ repeat: z.string() }).refine(
  (form) => form.repeat === form.password,
  { path: ['repeat'], message: 'must repeat the new password' },
);
export type ChangePasswordForm = z.infer<typeof ChangePasswordForm>;
