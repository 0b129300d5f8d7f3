import { z } from 'zod';
import { applyMergeFields, MERGE_FIELDS, type MergeField } from '#shared/email/merge-fields.ts';
import { Locale } from '#shared/schemas/common.ts';
import { MAX_SUBJECT_LENGTH } from '#shared/schemas/email.ts';
import { EMAIL_COPY, VA_NEW_INTAKE_COPY } from './email-copy.ts';
import type {
  EmailBranding,
  FollowUpEmailInput,
  RenderedEmail,
  ResultLinkEmailInput,
  ResultSummary,
  ResumeLinkEmailInput,
  VaNewIntakeEmailInput,
} from './email-types.ts';

/**
 * What an e-mail says, as of the moment it is queued: its kind and the inputs its template renders
 * from (branding, figures, a follow-up's subject and body with the merge values filled for this
 * prospect). The outbox stores this small snapshot instead of the rendered HTML and text; the
 * sender renders it when it sends, the back office when it shows it (renderEmailContent). Links
 * carrying a token are not in it: the sender mints them per send (link-placeholders.ts).
 * See docs/decisions/0026-render-emails-when-sent.md.
 */
export type EmailContent =
  | { kind: 'result-link'; input: ResultLinkEmailInput }
  | { kind: 'va-new-intake'; input: VaNewIntakeEmailInput }
  | { kind: 'follow-up'; input: FollowUpEmailInput }
  | { kind: 'resume-link'; input: ResumeLinkEmailInput };

export type EmailKind = EmailContent['kind'];

/**
 * The subject line, without rendering: a subject is a header, not HTML. The outbox stores it with
 * the content (the outbox list and the timeline show it), and the render uses this same function.
 */
export function subjectOf(content: EmailContent): string {
  switch (content.kind) {
    case 'result-link':
      return plainSubject(EMAIL_COPY[content.input.locale].resultLink.subject);
    case 'va-new-intake':
      return plainSubject(VA_NEW_INTAKE_COPY.subject(content.input.intake.name, content.input.intake.company));
    case 'follow-up':
      return plainSubject(applyMergeFields(content.input.subject, content.input.merge));
    case 'resume-link':
      return plainSubject(EMAIL_COPY[content.input.locale].resumeLink.subject);
  }
}

/**
 * The e-mail rendered from its content: subject, HTML and text (render-email.ts). The e-mail stack
 * (React, react-email, html-to-text) is loaded on first use, so a process that only queues
 * e-mails never loads it.
 */
export async function renderEmailContent(content: EmailContent): Promise<RenderedEmail> {
  const render = await import('./render-email.ts');
  switch (content.kind) {
    case 'result-link':
      return render.renderResultLinkEmail(content.input);
    case 'va-new-intake':
      return render.renderVaNewIntakeEmail(content.input);
    case 'follow-up':
      return render.renderFollowUpEmail(content.input);
    case 'resume-link':
      return render.renderResumeLinkEmail(content.input);
  }
}

/**
 * A subject is a header, not HTML: one line of plain text (no line breaks or control characters,
 * which could otherwise start a new header), whitespace collapsed, at most MAX_SUBJECT_LENGTH
 * characters (a merged name or task list can make a template's subject longer than she typed).
 */
export function plainSubject(subject: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const oneLine = subject.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(oneLine);
  if (characters.length <= MAX_SUBJECT_LENGTH) return oneLine;
  return `${characters.slice(0, MAX_SUBJECT_LENGTH - 1).join('').trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------
// Reading it back: the stored JSON is checked before it is rendered, so a damaged or outdated row
// fails as a render failure (retried, then "failed" in the back office), never as a half-empty mail.

const Branding = z.object({
  vaName: z.string().nullable(),
  logoUrl: z.string().nullable(),
  brandColor: z.string(),
  signature: z.string(),
  replyEmail: z.string().nullable(),
  bookingUrl: z.string().nullable(),
}) satisfies z.ZodType<EmailBranding>;

const Summary = z.object({
  firstName: z.string(),
  freedMinutesPerMonth: z.number(),
  netGainCentsPerMonth: z.number(),
  topTasks: z.array(z.string()),
}) satisfies z.ZodType<ResultSummary>;

const Merge = z.object(
  Object.fromEntries(MERGE_FIELDS.map((field) => [field, z.string()])) as Record<MergeField, z.ZodString>,
);

const ResultLinkInput = z.object({ locale: Locale, branding: Branding, summary: Summary }) satisfies z.ZodType<ResultLinkEmailInput>;

const VaNewIntakeInput = z.object({
  branding: Branding,
  intake: z.object({
    name: z.string(),
    email: z.string(),
    company: z.string().nullable(),
    freedMinutesPerMonth: z.number(),
    netGainCentsPerMonth: z.number(),
    topTasks: z.array(z.string()),
    followUpConsent: z.boolean(),
  }),
  adminUrl: z.string(),
}) satisfies z.ZodType<VaNewIntakeEmailInput>;

const FollowUpInput = z.object({
  locale: Locale,
  branding: Branding,
  subject: z.string(),
  body: z.string(),
  merge: Merge,
}) satisfies z.ZodType<FollowUpEmailInput>;

const ResumeLinkInput = z.object({
  locale: Locale,
  branding: Branding,
  step: z.number().int(),
  stepCount: z.number().int(),
}) satisfies z.ZodType<ResumeLinkEmailInput>;

const INPUT_BY_KIND = {
  'result-link': ResultLinkInput,
  'va-new-intake': VaNewIntakeInput,
  'follow-up': FollowUpInput,
  'resume-link': ResumeLinkInput,
} as const;

/** Stored content that cannot be rendered (an unknown kind, or inputs of the wrong shape). */
export class InvalidEmailContent extends Error {}

/** The content of an outbox row (its kind column and its content JSON), checked. */
export function emailContentFromStored(kind: string, stored: unknown): EmailContent {
  if (!(kind in INPUT_BY_KIND)) throw new InvalidEmailContent(`Unknown e-mail kind "${kind}".`);
  const parsed = INPUT_BY_KIND[kind as EmailKind].safeParse(stored);
  if (!parsed.success) {
    throw new InvalidEmailContent(`The stored content of this ${kind} e-mail cannot be rendered: ${z.prettifyError(parsed.error)}`);
  }
  return { kind, input: parsed.data } as EmailContent;
}
