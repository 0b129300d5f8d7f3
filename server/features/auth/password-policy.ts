import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import { passwordProblem } from '#shared/schemas/auth.ts';

/**
 * zxcvbn's score (0-4) a new password must reach: 3 is "safely unguessable: moderate protection
 * from an offline slow-hash scenario" (about 10^8 guesses and up). See docs/decisions/0024.
 */
export const MIN_PASSWORD_SCORE = 3;

/** Why a common or guessable password is refused (the 422's message for the field `password`). */
export const COMMON_PASSWORD_PROBLEM =
  'is too easy to guess: it is a common or leaked password, or built on one, a pattern or your own name or address. Choose a longer passphrase of unusual words';

let estimator: ZxcvbnFactory | null = null;

/**
 * Server-side only: the lists (49 233 leaked passwords, 7 776 diceware words) stay out of the
 * browser's bundle. Built on the first check (about 0.1 s), then kept.
 */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...zxcvbnCommon.dictionary }, graphs: zxcvbnCommon.adjacencyGraphs });
  return estimator;
}

/**
 * Why a new password is refused, or null: first the length rules (passwordProblem), then the
 * offline check against leaked and common passwords, keyboard patterns, repeats, dates and the
 * account's own name and address (zxcvbn-ts with its common-language lists).
 */
export function newPasswordProblem(account: { email: string; name?: string | undefined }, password: string): string | null {
  const basic = passwordProblem(account.email, password);
  if (basic) return basic;
  const userInputs = [account.email, ...account.email.split(/[@.+_-]/), ...(account.name?.split(/\s+/) ?? []), account.name ?? '', 'delegatiescan']
    .map((input) => input.trim())
    .filter((input) => input.length >= 3);
  const { score } = zxcvbn().check(password, userInputs);
  return score < MIN_PASSWORD_SCORE ? COMMON_PASSWORD_PROBLEM : null;
}
