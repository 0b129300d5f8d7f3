import { z } from 'zod';

/**
 * The back office's first-run checklist (GET /api/admin/setup) and its test e-mail
 * (POST /api/admin/setup/test-email). Shown until every item is done.
 */
export const SETUP_ITEMS = ['name', 'photo', 'rate', 'offers', 'booking', 'reply-address', 'email', 'embed'] as const;
export const SetupItemKey = z.enum(SETUP_ITEMS);
export type SetupItemKey = z.infer<typeof SetupItemKey>;

export const SetupStatus = z.object({
  items: z.array(z.object({ key: SetupItemKey, done: z.boolean() })),
  complete: z.boolean(),
  email: z.object({
    /** An SMTP server is configured (SMTP_URL): e-mails can leave at all. */
    configured: z.boolean(),
    /** The sender address of every e-mail (MAIL_FROM). */
    sender: z.string(),
    /** The last test e-mail the SMTP server accepted, and what it answered. */
    lastPassedTest: z.object({ at: z.iso.datetime(), answer: z.string() }).nullable(),
  }),
});
export type SetupStatus = z.infer<typeof SetupStatus>;

/** What the SMTP server answered to the test e-mail, word for word (credentials removed). */
export const TestEmailResult = z.object({ ok: z.boolean(), to: z.string(), answer: z.string() });
export type TestEmailResult = z.infer<typeof TestEmailResult>;
