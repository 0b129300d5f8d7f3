import type { Locale } from '#shared/schemas/common.ts';
import type { MergeValues } from '#shared/email/merge-fields.ts';

/** What every template renders to; what the outbox stores. */
export type RenderedEmail = { subject: string; html: string; text: string };

/** The VA's branding and signature, as the e-mails show them (from the current settings). */
export type EmailBranding = {
  /** null until the VA has set her name: the e-mails then speak neutrally. */
  vaName: string | null;
  /** An absolute https URL of the logo (mail clients block data: images), or null. */
  logoUrl: string | null;
  /** #rrggbb; white text on it reaches 4.5:1 (checked when saved). */
  brandColor: string;
  signature: string;
  /** null until the VA has set her reply address. */
  replyEmail: string | null;
  bookingUrl: string | null;
};

/** The figures of a result that the e-mails quote. */
export type ResultSummary = {
  firstName: string;
  freedMinutesPerMonth: number;
  netGainCentsPerMonth: number;
  /** Labels of the first tasks to hand over, in the e-mail's language. */
  topTasks: string[];
};

/** (a) To the prospect right after submitting: their result link (+ unsubscribe link). */
export type ResultLinkEmailInput = { locale: Locale; branding: EmailBranding; summary: ResultSummary };

/** (b) To the VA: a new intake, with a link to it in the back office. Always Dutch-first. */
export type VaNewIntakeEmailInput = {
  branding: EmailBranding;
  intake: {
    name: string;
    email: string;
    company: string | null;
    freedMinutesPerMonth: number;
    netGainCentsPerMonth: number;
    topTasks: string[];
    followUpConsent: boolean;
  };
  adminUrl: string;
};

/** (c, d) A follow-up from the VA's template: her subject and body with the merge fields filled. */
export type FollowUpEmailInput = {
  locale: Locale;
  branding: EmailBranding;
  subject: string;
  body: string;
  merge: MergeValues;
};

/** Issue 5: the link that reopens a half-finished scan. */
export type ResumeLinkEmailInput = { locale: Locale; branding: EmailBranding; step: number; stepCount: number };
