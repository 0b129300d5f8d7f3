import { formatTime } from '#shared/format/format.ts';
import type { Locale } from '#shared/schemas/common.ts';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { m } from '../../../paraglide/messages.js';
import { SignInThrottledError } from '../api/sign-in.ts';

/** Why signing in failed, in words; null while nothing failed. */
export function failureText(error: unknown, locale: Locale): string | null {
  if (!error) return null;
  if (error instanceof SignInThrottledError) {
    const retryAt = error.retryAt;
    if (!retryAt || error.retryAfterSeconds === null) return m.admin_login_throttled_later();
    return m.admin_login_throttled({
      time: formatTime(retryAt.toISOString(), locale),
      minutes: String(Math.max(1, Math.ceil(error.retryAfterSeconds / 60))),
    });
  }
  if (error instanceof ApiRequestError && error.status === 401) return m.admin_login_invalid();
  if (error instanceof TypeError) return m.admin_login_offline();
  return m.admin_login_failed();
}

