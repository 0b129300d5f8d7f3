import { z } from 'zod';

/** The header every state-changing back-office request carries (see docs/decisions/0004). */
export const CSRF_HEADER = 'X-CSRF-Token';

export const PASSWORD_MIN_LENGTH = 12;
/** Far above any real password; keeps a sign-in request from feeding megabytes to argon2. */
export const PASSWORD_MAX_LENGTH = 1024;
/** The longest new password (ASVS 2.1.2: at least 64 allowed, more than 128 refused), in characters. */
export const NEW_PASSWORD_MAX_LENGTH = 128;

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

/** The answer of POST /api/auth/login (without two-factor), …/login/second-step and GET /api/auth/session. */
export const SessionResponse = z.object({ va: SignedInVaDto, csrfToken: z.string(), twoFactorEnabled: z.boolean() });
export type SessionResponse = z.infer<typeof SessionResponse>;

/** POST /api/auth/login when two-factor sign-in is on: the password was right, a code is next. */
export const SecondStepRequired = z.object({ secondStep: z.literal(true), pendingToken: z.string() });
export type SecondStepRequired = z.infer<typeof SecondStepRequired>;

/** A code as typed: six digits from the authenticator app, or a recovery code (six groups of four: xxxx-xxxx-xxxx-xxxx-xxxx-xxxx). */
export const SecondFactorCode = z.string().trim().min(1).max(40);

/** POST /api/auth/login/second-step. */
export const SecondStepInput = z.strictObject({ pendingToken: z.string().min(1).max(100), code: SecondFactorCode });
export type SecondStepInput = z.infer<typeof SecondStepInput>;

/** POST /api/auth/reauth: her password again, and a code when two-factor sign-in is on. */
export const ReauthInput = z.strictObject({
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  code: SecondFactorCode.optional(),
});
export type ReauthInput = z.infer<typeof ReauthInput>;
export const ReauthResponse = z.object({ reauthenticatedUntil: z.string() });
export type ReauthResponse = z.infer<typeof ReauthResponse>;

/** GET /api/admin/two-factor. */
export const TwoFactorStatus = z.object({ enabled: z.boolean(), recoveryCodesLeft: z.number().int() });
export type TwoFactorStatus = z.infer<typeof TwoFactorStatus>;

/** POST /api/admin/two-factor/setup: the secret to scan (QR as SVG markup) or type. */
export const TwoFactorSetup = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });
export type TwoFactorSetup = z.infer<typeof TwoFactorSetup>;

/** POST /api/admin/two-factor/enable and …/recovery-codes. */
export const TwoFactorCodeInput = z.strictObject({ code: SecondFactorCode });
export type TwoFactorCodeInput = z.infer<typeof TwoFactorCodeInput>;

/** POST /api/admin/two-factor/disable. */
export const DisableTwoFactorInput = z.strictObject({ password: z.string().min(1).max(PASSWORD_MAX_LENGTH), code: SecondFactorCode });
export type DisableTwoFactorInput = z.infer<typeof DisableTwoFactorInput>;

/** Recovery codes, shown once. */
export const RecoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesResponse = z.infer<typeof RecoveryCodesResponse>;

/**
 * Why the server refuses a password, as the `code` of its 422 issue: stable, for the client to
 * translate (the message is English, for people reading the API or the CLI).
 */
export type PasswordRefusalCode = 'wrong_password' | 'same_as_current' | 'too_short' | 'too_long' | 'is_email' | 'too_easy';

/** A refused new password: its code and the English reason. */
export type PasswordProblem = { code: PasswordRefusalCode; message: string };

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(email: string, password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return { code: 'too_short', message: `must be at least ${PASSWORD_MIN_LENGTH} characters` };
  if ([...password].length > NEW_PASSWORD_MAX_LENGTH) return { code: 'too_long', message: `must be at most ${NEW_PASSWORD_MAX_LENGTH} characters` };
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return { code: 'is_email', message: 'must not be the e-mail address' };
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
