import { hash, parseOptions, verify } from '@node-rs/argon2';
import pLimit from 'p-limit';

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): ~20 ms a hash
 * here. Changing these makes `needsRehash` true for older hashes, which are then upgraded at
 * the next successful sign-in.
 */
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolatedModules cannot read)
const PASSWORD_HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * One hash at a time per process: argon2 is built to take a core and 19 MiB, so a storm of
 * sign-ins would take every core and leave prospects' requests waiting (50 at once pushed
 * /api/health's p95 from 3 ms to 1 s). The rest wait their turn; the VA's own sign-in passes
 * strangers' failures anyway (decision 0013), and `npm run bench:event-loop` measures it.
 */
const hashing = pLimit(1);

/** How many hashes run and wait now (for the test that the bound holds). */
export function passwordHashingLoad(): { running: number; waiting: number } {
  return { running: hashing.activeCount, waiting: hashing.pendingCount };
}

/** A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password, PASSWORD_HASH_OPTIONS));
}

/** False for a wrong password and for a hash that cannot be read (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await hashing(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== PASSWORD_HASH_OPTIONS.algorithm ||
      used.memoryCost !== PASSWORD_HASH_OPTIONS.memoryCost ||
      used.timeCost !== PASSWORD_HASH_OPTIONS.timeCost ||
      used.parallelism !== PASSWORD_HASH_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of a random password, made once: an unknown e-mail address is verified against it so
 * that it takes as long as a wrong password for a real account.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}
