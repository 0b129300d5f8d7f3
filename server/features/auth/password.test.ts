import { expect, test } from 'vitest';
import { hashPassword, passwordHashingLoad, verifyPassword } from './password.ts';

test('a storm of sign-ins hashes one password at a time; every answer stays right', async () => {
  const stored = await hashPassword('lang-genoeg-wachtwoord');
  const seen: { running: number; waiting: number }[] = [];
  const sampler = setInterval(() => seen.push(passwordHashingLoad()), 1);
  const answers = await Promise.all(
    Array.from({ length: 12 }, (_, i) => verifyPassword(stored, i % 3 === 0 ? 'lang-genoeg-wachtwoord' : `fout-${i}`)),
  );
  clearInterval(sampler);

  expect(answers).toEqual(Array.from({ length: 12 }, (_, i) => i % 3 === 0));
  expect(Math.max(...seen.map((load) => load.running))).toBe(1);
  // They did arrive together: most waited for their turn instead of all hashing at once.
  expect(Math.max(...seen.map((load) => load.waiting))).toBeGreaterThanOrEqual(8);
  expect(passwordHashingLoad()).toEqual({ running: 0, waiting: 0 });
});

test('a hash that cannot be read is a wrong password, and frees the turn', async () => {
  expect(await verifyPassword('not-a-phc-string', 'whatever')).toBe(false);
  expect(passwordHashingLoad()).toEqual({ running: 0, waiting: 0 });
});
