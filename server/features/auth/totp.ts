import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { generateToken, hashToken } from '../../lib/security.ts';

/**
 * Two-factor sign-in with time-based codes (RFC 6238: SHA-1, 6 digits, 30 seconds, what every
 * authenticator app reads from an otpauth:// QR code), recovery codes, and the sealing of the
 * secret at rest. docs/decisions/0025.
 */

const ISSUER = 'Delegatiescan';
const PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off, or a code typed as it changed. */
const WINDOW_STEPS = 1;

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: read off paper without doubt. 31 symbols, 16 of them: about 79 random bits. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A new 160-bit secret, base32 (what the VA types when she cannot scan). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, accountName: string) {
  return new TOTP({
    issuer: ISSUER,
    label: accountName,
    secret: Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  });
}

/** The otpauth:// address an authenticator app reads, and the same as an SVG QR code. */
export async function totpEnrolment(secretBase32: string, accountName: string): Promise<{ uri: string; qrSvg: string }> {
  const uri = totpFor(secretBase32, accountName).toString();
  // Loaded on the first set-up, not at start: ~10 MB a process that never sets one up keeps free.
  const { default: QRCode } = await import('qrcode');
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrSvg };
}

/** A six-digit code as people type it: spaces and dashes left out. */
export function normaliseTotpCode(code: string): string | null {
  const digits = code.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The 30-second step a code belongs to when it is right for `secret` at `now` (within one step
 * either way), or null. The caller refuses a step at or before the last one accepted (replay).
 */
export function totpStepOf(secretBase32: string, code: string, now: Date): number | null {
  const token = normaliseTotpCode(code);
  if (!token) return null;
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    timestamp: now.getTime(),
    window: WINDOW_STEPS,
  });
  if (delta === null) return null;
  return TOTP.counter({ period: PERIOD_SECONDS, timestamp: now.getTime() }) + delta;
}

/** Symbols in a recovery code: 24 of 31 = 118.9 random bits (ASVS 2.6.2 asks for 112). */
const RECOVERY_CODE_SYMBOLS = 24;

/** Ten fresh recovery codes as she writes them down: six groups of four, xxxx-xxxx-xxxx-xxxx-xxxx-xxxx. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    // randomInt draws without modulo bias, so every symbol adds its full log2(31) bits.
    const symbols = Array.from({ length: RECOVERY_CODE_SYMBOLS }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return symbols.match(/.{4}/g)!.join('-');
  });
}

/**
 * What is stored of a recovery code: the sha-256 of its normal form (lower case, no dashes or
 * spaces). 118 random bits make a plain hash enough (no salt or slow hash needed, ASVS 2.6.2).
 */
export function recoveryCodeHash(code: string): string | null {
  const normal = code.toLowerCase().replace(/[\s-]/g, '');
  if (normal.length !== RECOVERY_CODE_SYMBOLS || ![...normal].every((symbol) => RECOVERY_ALPHABET.includes(symbol))) return null;
  return hashToken(`recovery:${normal}`);
}

// ---------------------------------------------------------------------------------------------
// The secret at rest

const SEALED_PREFIX = 'v1:';
const PLAIN_PREFIX = 'plain:';

function sealingKey(encryptionKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', encryptionKey, 'delegatiescan', 'totp-secret:v1', 32));
}

/**
 * The secret as the database keeps it: with TOTP_ENCRYPTION_KEY, AES-256-GCM under a key derived
 * from it ("v1:<iv>.<ciphertext>.<tag>", base64url); without one, "plain:<secret>".
 */
export function sealTotpSecret(secretBase32: string, encryptionKey: string | undefined): string {
  if (!encryptionKey) return `${PLAIN_PREFIX}${secretBase32}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(encryptionKey), iv);
  const sealed = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return `${SEALED_PREFIX}${[iv, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.')}`;
}

/** The secret back; throws when it was sealed with a key that is not (or no longer) set. */
export function openTotpSecret(stored: string, encryptionKey: string | undefined): string {
  if (stored.startsWith(PLAIN_PREFIX)) return stored.slice(PLAIN_PREFIX.length);
  if (!stored.startsWith(SEALED_PREFIX) || !encryptionKey) {
    throw new Error('The two-factor secret is sealed, and TOTP_ENCRYPTION_KEY is not set (or not the one it was sealed with)');
  }
  const [iv, sealed, tag] = stored.slice(SEALED_PREFIX.length).split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(encryptionKey), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString('utf8');
}

/** A pending second step's token: 256 random bits; only its hash is stored. */
export function newPendingSignInToken(): string {
  return generateToken(32);
}
