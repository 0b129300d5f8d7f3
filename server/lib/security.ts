import { createHash, randomBytes } from 'node:crypto';

/** A fresh random token: 128 bits, base64url (22 characters). Only its hash is ever stored. */
export function generateToken(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/** sha-256 hex: what we store and look up instead of the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
