import { z } from 'zod';
import { Locale } from './common.ts';
import { IdempotencyKey, ScanStepNumber, StartStamp } from './intake.ts';

/**
 * "Later verder": a half-finished scan saved on the server, reopened by a link in an e-mail
 * (POST /api/drafts, GET /api/drafts/:token). The answers are the draft as the browser keeps
 * it (the form values as typed, not yet validated answers), so the schema here is lenient about
 * their shape and strict about their size: the browser checks them again when it loads them.
 */

/** The largest request body POST /api/drafts reads. */
export const MAX_DRAFT_BODY_BYTES = 64 * 1024;
/** A saved draft, and the link to it, work this many days. */
export const DRAFT_VALID_DAYS = 30;
/** The version of the consent text for saving a draft; bump when the text changes. */
export const DRAFT_PRIVACY_TEXT_VERSION = '2026-11-draft-v1';

const MAX_DEPTH = 6;
const MAX_STRING = 2000;
const MAX_ITEMS = 100;

/** Why `value` is not small, plain JSON (or null when it is). Iterative: no deep recursion. */
function jsonProblem(value: unknown): string | null {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (current === null || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return 'Numbers must be finite';
      continue;
    }
    if (typeof current === 'string') {
      if (current.length > MAX_STRING) return `Texts may hold at most ${MAX_STRING} characters`;
      continue;
    }
    if (typeof current !== 'object') return 'Only plain JSON values are allowed';
    if (depth >= MAX_DEPTH) return `At most ${MAX_DEPTH} levels deep`;
    const items = Array.isArray(current) ? current : Object.values(current);
    if (items.length > MAX_ITEMS) return `At most ${MAX_ITEMS} items per list or object`;
    for (const item of items) pending.push({ value: item, depth: depth + 1 });
  }
  return null;
}

/** The form values per step, as the browser keeps them: any small JSON object. (Not z.record:
 * its code would join the scan's first-load bundle.) */
const DraftValues = z
  .custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'Expected an object')
  .superRefine((values, ctx) => {
    const problem = jsonProblem(values);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** What the browser saves of its draft; unknown keys are dropped, not refused. */
export const DraftAnswers = z.object({
  values: DraftValues,
  idempotencyKey: IdempotencyKey.optional(),
  startStamp: StartStamp.optional(),
  /** Steps already counted as reached, so a resumed scan does not count them again. */
  reportedSteps: z.array(ScanStepNumber).max(10).optional(),
});
export type DraftAnswers = z.infer<typeof DraftAnswers>;

/** POST /api/drafts: save the draft and e-mail a link to continue later. */
export const SaveDraftInput = z.strictObject({
  email: z.email().max(254),
  privacyConsent: z.literal(true),
  locale: Locale,
  /** The step the prospect is on (1–4): the link opens the scan there. */
  step: ScanStepNumber,
  answers: DraftAnswers,
});
export type SaveDraftInput = z.infer<typeof SaveDraftInput>;

/**
 * resumePath: set when this installation sends no e-mail (no SMTP configured): the link is then
 * shown on screen to copy or bookmark, and nothing claims it was e-mailed. null = it was e-mailed.
 */
export const SaveDraftResponse = z.object({ expiresAt: z.iso.datetime(), resumePath: z.string().nullable() });
export type SaveDraftResponse = z.infer<typeof SaveDraftResponse>;

/** The token in a resume link: 128 random bits, base64url. */
export const ResumeToken = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

/** GET /api/drafts/:token: the saved draft, to load into the browser. */
export const SavedDraft = z.object({ answers: DraftAnswers, step: ScanStepNumber, locale: Locale });
export type SavedDraft = z.infer<typeof SavedDraft>;
