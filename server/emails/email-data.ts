import { createHash } from 'node:crypto';
import type { MergeValues } from '#shared/email/merge-fields.ts';
import { formatHours, formatList } from '#shared/format/format.ts';
import type { VaSettings } from '#shared/schemas/admin-settings.ts';
import type { Locale, LocalizedText } from '#shared/schemas/common.ts';
import { type DelegationResult, isHandedOver, resultHeadline } from '#shared/schemas/result.ts';
import { publicUrl, type Env } from '../env.ts';
import { EMAIL_COPY } from './email-copy.ts';
import type { EmailBranding, ResultSummary } from './email-types.ts';

/** The e-mails quote at most this many tasks (as the result page's suggested start does). */
export const MAX_TOP_TASKS = 3;

/** Where mail clients fetch the logo; served by server/features/branding. */
export const LOGO_PATH = '/api/branding/logo';

/**
 * The VA's current branding as the e-mails show it. Mail clients block `data:` images, so the logo
 * is linked by URL; `?v=` changes with the logo, so a new logo is never hidden by a cached old one.
 */
export function emailBrandingFrom(settings: VaSettings, env: Pick<Env, 'PUBLIC_URL'>): EmailBranding {
  return {
    vaName: settings.vaName || null,
    logoUrl: settings.logoDataUrl ? `${publicUrl(env)}${LOGO_PATH}?v=${logoVersion(settings.logoDataUrl)}` : null,
    brandColor: settings.brandColor,
    signature: settings.emailSignature,
    replyEmail: settings.replyEmail || null,
    bookingUrl: settings.bookingUrl,
  };
}

/** A short, stable fingerprint of the logo: enough to bust caches, too short to matter otherwise. */
export function logoVersion(logoDataUrl: string): string {
  return createHash('sha256').update(logoDataUrl).digest('hex').slice(0, 12);
}


/**
 * The figures an e-mail quotes from a result. The top tasks are the result's suggested first tasks
 * (the engine picks them: "now" before "after onboarding", best first, at most three), so the
 * e-mail names the same tasks as the result page.
 */
export function resultSummaryFrom(input: { name: string; result: DelegationResult; locale: Locale }): ResultSummary {
  const { name, result, locale } = input;
  const headline = resultHeadline(result);
  const tasks: readonly { key: string; label: LocalizedText; bucket: string }[] = result.tasks;
  const tasksByKey = new Map(tasks.map((task) => [task.key, task]));
  const topTasks = headline.firstTaskKeys
    .flatMap((key) => {
      const task = tasksByKey.get(key);
      return task && isHandedOver(task.bucket) ? [task.label[locale]] : [];
    })
    .slice(0, MAX_TOP_TASKS);
  return {
    firstName: firstNameOf(name),
    freedMinutesPerMonth: headline.freedMinutesPerMonth,
    netGainCentsPerMonth: headline.netGainCentsPerMonth,
    topTasks,
  };
}

/** The first word of the name, as the result page greets ("Zoë de Vries" → "Zoë"). */
export function firstNameOf(name: string): string {
  const trimmed = name.trim();
  return trimmed.split(/\s+/)[0] ?? trimmed;
}

/** What the merge fields of a follow-up template become for one prospect. */
export function followUpMergeValues(input: {
  summary: ResultSummary;
  locale: Locale;
  branding: EmailBranding;
}): MergeValues {
  const { summary, locale, branding } = input;
  return {
    firstName: summary.firstName,
    hoursFreed: formatHours(summary.freedMinutesPerMonth, locale),
    topTasks: summary.topTasks.length > 0 ? formatList(summary.topTasks, locale) : EMAIL_COPY[locale].merge.noTopTasks,
    bookingLink: bookingLinkText(branding),
  };
}

/**
 * How to reach her, as text a prospect can read or click: the booking page, or, for a mailto: booking
 * link or none at all, her e-mail address.
 */
export function bookingLinkText(branding: Pick<EmailBranding, 'bookingUrl' | 'replyEmail'>): string {
  const { bookingUrl, replyEmail } = branding;
  if (!bookingUrl) return replyEmail ?? '';
  if (/^mailto:/i.test(bookingUrl)) return mailtoAddress(bookingUrl) ?? replyEmail ?? '';
  return bookingUrl;
}

/** "mailto:sanne@example.nl?subject=Hoi" → "sanne@example.nl" (null when it cannot be read). */
function mailtoAddress(url: string): string | null {
  const address = URL.canParse(url) ? new URL(url).pathname : '';
  try {
    return decodeURIComponent(address) || null;
  } catch {
    // A stray "%" that is not an escape: the address is not readable, so fall back.
    return null;
  }
}
