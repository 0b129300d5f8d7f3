import { describe, expect, test } from 'vitest';
import { newRecoveryCodes, newTotpSecret, openTotpSecret, recoveryCodeHash, sealTotpSecret, totpStepOf } from './totp.ts';
import { Secret, TOTP } from 'otpauth';

const KEY = 'x'.repeat(40);

describe('the secret at rest', () => {
  test('sealed with the key opens with it, and only with it; each seal differs', () => {
    const secret = newTotpSecret();
    const sealed = sealTotpSecret(secret, KEY);
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain(secret);
    expect(sealTotpSecret(secret, KEY)).not.toBe(sealed);
    expect(openTotpSecret(sealed, KEY)).toBe(secret);
    expect(() => openTotpSecret(sealed, 'y'.repeat(40))).toThrow();
    expect(() => openTotpSecret(sealed, undefined)).toThrow(/TOTP_ENCRYPTION_KEY/);
  });

  test('without a key it is kept as it is, and still opens once a key is set', () => {
    const secret = newTotpSecret();
    expect(sealTotpSecret(secret, undefined)).toBe(`plain:${secret}`);
    expect(openTotpSecret(`plain:${secret}`, KEY)).toBe(secret);
  });
});

test('a code is right for its step and one step either side, not two', () => {
  const secret = newTotpSecret();
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  const now = new Date('2026-12-07T10:00:05Z');
  const step = Math.floor(now.getTime() / 30_000);
  expect(totpStepOf(secret, totp.generate({ timestamp: now.getTime() }), now)).toBe(step);
  expect(totpStepOf(secret, totp.generate({ timestamp: now.getTime() - 30_000 }), now)).toBe(step - 1);
  expect(totpStepOf(secret, totp.generate({ timestamp: now.getTime() + 30_000 }), now)).toBe(step + 1);
  expect(totpStepOf(secret, totp.generate({ timestamp: now.getTime() + 60_000 }), now)).toBeNull();
  expect(totpStepOf(secret, ' 12 34 5', now)).toBeNull();
});

test('recovery codes: ten different ones; the hash ignores case, dashes and spaces, and refuses anything else', () => {
  const codes = newRecoveryCodes();
  expect(new Set(codes).size).toBe(10);
  const code = codes[0]!;
  expect(recoveryCodeHash(code)).toBe(recoveryCodeHash(` ${code.toUpperCase().replaceAll('-', ' ')} `));
  expect(recoveryCodeHash('0000-0000-0000-0000-0000-0000')).toBeNull(); // 0 is not in the alphabet
  expect(recoveryCodeHash('abcd')).toBeNull();
});

test('recovery codes carry at least 112 random bits (ASVS 2.6.2): 24 symbols of 31, in six groups of four', () => {
  const codes = newRecoveryCodes();
  for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){5}$/);
  const symbols = codes[0]!.replaceAll('-', '').length;
  expect(symbols * Math.log2(31)).toBeGreaterThanOrEqual(112);
  expect(recoveryCodeHash('abcd-efgh-jkmn-pqrs')).toBeNull(); // the short form (79 bits) is not a code
  // Every symbol of the alphabet turns up, evenly enough: no modulo bias toward the first ones.
  const counts = new Map<string, number>();
  for (let i = 0; i < 40; i++) for (const symbol of newRecoveryCodes().join('').replaceAll('-', '')) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  expect(counts.size).toBe(31);
  const mean = (40 * 10 * 24) / 31;
  for (const count of counts.values()) expect(Math.abs(count - mean) / mean).toBeLessThan(0.25);
});
