import { z } from 'zod';
import { unknownMergeFields } from '../email/merge-fields.ts';
import { Locale } from './common.ts';

/**
 * E-mail in the back office: the VA's follow-up templates (/api/admin/email-templates), a follow-up
 * sent or scheduled from an intake (/api/admin/intakes/:id/emails) and the outbox
 * (/api/admin/outbox). One schema for the API and the back-office UI.
 */

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export const OutboxStatus = z.enum(OUTBOX_STATUSES);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

export const OUTBOX_KINDS = ['result-link', 'va-new-intake', 'follow-up', 'resume-link'] as const;
export const OutboxKind = z.enum(OUTBOX_KINDS);
export type OutboxKind = z.infer<typeof OutboxKind>;

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_BODY_LENGTH = 5000;
export const MAX_SCHEDULE_DAYS = 90;

/** A template text with only known merge fields. */
const templateText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Required')
    .max(max)
    .superRefine((text, ctx) => {
      const unknown = unknownMergeFields(text);
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Unknown merge field: {{${unknown.join('}}, {{')}}}` });
    });

export const EmailTemplateInput = z
  .strictObject({
    name: z.string().trim().min(1, 'Required').max(80),
    subject: z.strictObject({ nl: templateText(MAX_SUBJECT_LENGTH), en: templateText(MAX_SUBJECT_LENGTH) }),
    body: z.strictObject({ nl: templateText(MAX_BODY_LENGTH), en: templateText(MAX_BODY_LENGTH) }),
    /** Switched on: sent automatically this many days after each new intake with follow-up consent. */
    schedule: z.strictObject({
      enabled: z.boolean(),
      delayDays: z.number().int().min(1).max(MAX_SCHEDULE_DAYS).nullable(),
    }),
  })
  .refine((t) => !t.schedule.enabled || t.schedule.delayDays !== null, {
    path: ['schedule', 'delayDays'],
    message: 'Required when the schedule is on',
  });
export type EmailTemplateInput = z.infer<typeof EmailTemplateInput>;

export const EmailTemplate = z.object({
  id: z.string(),
  name: z.string(),
  subject: z.object({ nl: z.string(), en: z.string() }),
  body: z.object({ nl: z.string(), en: z.string() }),
  schedule: z.object({ enabled: z.boolean(), delayDays: z.number().int().nullable() }),
  updatedAt: z.iso.datetime(),
});
export type EmailTemplate = z.infer<typeof EmailTemplate>;

/** A follow-up from an intake: the template's text as the VA edited it, now or at `sendAt`. */
export const SendFollowUpInput = z.strictObject({
  templateId: z.string().min(1).max(64),
  locale: Locale,
  subject: templateText(MAX_SUBJECT_LENGTH),
  body: templateText(MAX_BODY_LENGTH),
  /** UTC ISO; absent = now. At most MAX_SCHEDULE_DAYS ahead. */
  sendAt: z.iso.datetime().optional(),
});
export type SendFollowUpInput = z.infer<typeof SendFollowUpInput>;

/** What the prospect would receive, before sending. */
export const EmailPreview = z.object({
  to: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});
export type EmailPreview = z.infer<typeof EmailPreview>;

export const OUTBOX_DEFAULT_LIMIT = 25;
export const OUTBOX_MAX_LIMIT = 100;

export const OutboxListQuery = z.strictObject({
  status: OutboxStatus.optional(),
  intakeId: z.string().min(1).max(64).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(OUTBOX_MAX_LIMIT).default(OUTBOX_DEFAULT_LIMIT),
});
export type OutboxListQuery = z.infer<typeof OutboxListQuery>;

export const OutboxListItem = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  kind: OutboxKind,
  to: z.string(),
  subject: z.string(),
  locale: Locale,
  status: OutboxStatus,
  attempts: z.number().int(),
  /** When it will be (re)tried: a scheduled follow-up's date, or the backoff after a failure. */
  nextAttemptAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  intake: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type OutboxListItem = z.infer<typeof OutboxListItem>;

export const OutboxPage = z.object({ items: z.array(OutboxListItem), nextCursor: z.string().nullable() });
export type OutboxPage = z.infer<typeof OutboxPage>;

/** One message with its rendered parts; links that are minted at send time show as preview links. */
export const OutboxMessageDetail = OutboxListItem.extend({
  html: z.string(),
  text: z.string(),
  templateName: z.string().nullable(),
});
export type OutboxMessageDetail = z.infer<typeof OutboxMessageDetail>;
