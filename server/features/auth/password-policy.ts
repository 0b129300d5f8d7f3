import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { passwordProblem, type PasswordProblem } from '#shared/schemas/auth.ts';

/**
 * zxcvbn's score (0-4) a new password must reach: 3 is "safely unguessable: moderate protection
 * from an offline slow-hash scenario" (about 10^8 guesses and up). See docs/decisions/0024.
 */
export const MIN_PASSWORD_SCORE = 3;

/** Why a common or guessable password is refused (the 422's message for the field `password`). */
export const COMMON_PASSWORD_PROBLEM =
  'is too easy to guess: it is a common or leaked password, or built on one, a pattern or your own name or address. Choose a longer passphrase of unusual words';

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * Server-side only: the lists (49 233 leaked passwords, 7 776 diceware words) stay out of the
 * browser's bundle. Loaded and built on the first check (about 0.1 s, ~15 MB), then kept: a
 * process that never sets a password never loads them.
 */
function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([{ ZxcvbnFactory }, common]) => new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }),
  );
  return estimator;
}

/**
 * Why a new password is refused, or null: first the length rules (passwordProblem), then the
 * offline check against leaked and common passwords, keyboard patterns, repeats, dates and the
 * account's own name and address (zxcvbn-ts with its common-language lists).
 */
export async function newPasswordProblem(
  account: { email: string; name?: string | undefined },
  password: string,
): Promise<PasswordProblem | null> {
  const basic = passwordProblem(account.email, password);
  if (basic) return basic;
  const userInputs = [account.email, ...account.email.split(/[@.+_-]/), ...(account.name?.split(/\s+/) ?? []), account.name ?? '', 'delegatiescan']
    .map((input) => input.trim())
    .filter((input) => input.length >= 3);
  const { score } = (await zxcvbn()).check(password, userInputs);
  return score < MIN_PASSWORD_SCORE ? { code: 'too_easy', message: COMMON_PASSWORD_PROBLEM } : null;
}
