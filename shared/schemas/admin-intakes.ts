import { z } from 'zod';
import { CalendarDay, Locale } from './common.ts';
import {
  AboutAnswers,
  CatalogueTaskAnswer,
  CollaborationAnswers,
  ContactAnswers,
  CustomTaskAnswer,
  NEEDS_ME,
  VAT_STATUSES,
} from './intake.ts';
import { BUCKETS, DelegationResult, ResultView } from './result.ts';

/**
 * The VA's intakes in the back office (/api/admin/intakes): the inbox, one intake's detail,
 * the pipeline status, notes, the timeline and the exports. One schema for the API
 * (`validate('query' | 'json', ...)`) and the back-office UI.
 *
 * Dates: every timestamp is a UTC ISO string. The inbox's `from` / `to` filter takes calendar
 * days (YYYY-MM-DD, both inclusive) in the VA's time zone, Europe/Amsterdam: `to=2026-11-30`
 * includes an intake sent at 23:59 Dutch time that day (22:59 UTC), and excludes one sent at
 * 00:30 Dutch time on 1 December (23:30 UTC on 30 November).
 */

/** An inbox row's best bucket: a result bucket, or `own` when the prospect typed only own tasks. */
export const InboxBucket = z.enum([...BUCKETS, 'own']);
export type InboxBucket = z.infer<typeof InboxBucket>;

/**
 * The one rule for an intake's best bucket (the inbox's column, stored at submit, and the
 * detail's figure): the first bucket in BUCKETS' order that holds a task, else `own` when the
 * prospect typed only own tasks (engine 2.0.0 has them), else null.
 */
export function inboxBucketOf(result: DelegationResult): InboxBucket | null {
  const tasks: readonly { bucket: string }[] = result.tasks;
  const top = BUCKETS.find((bucket) => tasks.some((task) => task.bucket === bucket));
  return top ?? (result.engineVersion === '2.0.0' && result.ownTasks.length > 0 ? 'own' : null);
}

/**
 * The answers as stored, whatever scan asked them: those stored before December 2026 have
 * "needs me" as a yes/no boolean (read as yes / no) and no BTW question (null). Not strict about
 * the task-hours total: the cap came later, and stored answers are shown as they were sent.
 */
const storedNeedsMe = z.union([z.enum(NEEDS_ME), z.boolean().transform((needsMe) => (needsMe ? 'yes' : 'no'))]);
export const StoredIntakeAnswers = z.object({
  locale: Locale,
  about: AboutAnswers.extend({ vatStatus: z.enum(VAT_STATUSES).nullable().default(null) }),
  tasks: z.object({
    catalogueTasks: z.array(CatalogueTaskAnswer.extend({ needsMe: storedNeedsMe })),
    customTasks: z.array(CustomTaskAnswer.extend({ needsMe: storedNeedsMe })),
  }),
  collaboration: CollaborationAnswers,
  contact: ContactAnswers,
});
export type StoredIntakeAnswers = z.infer<typeof StoredIntakeAnswers>;

/** The pipeline, in the order the VA works through it. */
export const INTAKE_STATUSES = [
  'new',
  'contacted',
  'call-planned',
  'proposal-sent',
  'client',
  'not-a-fit',
  'archived',
] as const;
export const IntakeStatus = z.enum(INTAKE_STATUSES);
export type IntakeStatus = z.infer<typeof IntakeStatus>;

/**
 * Sort orders of the inbox, each with its natural direction (ties broken by id, same direction):
 * newest = created, newest first · oldest = created, oldest first · name = A–Z ·
 * hours-freed = most hours freed first · net-gain = highest net gain per month first.
 */
export const INBOX_SORTS = ['newest', 'oldest', 'name', 'hours-freed', 'net-gain'] as const;
export const InboxSort = z.enum(INBOX_SORTS);
export type InboxSort = z.infer<typeof InboxSort>;

export const INBOX_DEFAULT_LIMIT = 25;
export const INBOX_MAX_LIMIT = 100;
export const MAX_SEARCH_LENGTH = 200;
export const MAX_NOTE_LENGTH = 5000;

/** `status=new&status=contacted`, or `status=new,contacted`. */
const StatusFilter = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(','))
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  )
  .pipe(z.array(IntakeStatus).min(1, 'Pick at least one status').max(INTAKE_STATUSES.length));

const filterFields = {
  status: StatusFilter.optional(),
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
  /** Name, e-mail or company: case and accents do not matter; every word must occur. */
  q: z.string().max(MAX_SEARCH_LENGTH).optional(),
  sort: InboxSort.default('newest'),
};

const fromNotAfterTo = (query: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  if (query.from && query.to && query.from > query.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must be on or after "from"' });
  }
};

/** GET /api/admin/intakes: the inbox's query string. Unknown parameters are refused (422). */
export const InboxQuery = z
  .strictObject({
    ...filterFields,
    limit: z
      .string()
      .regex(/^\d{1,3}$/, 'Must be a whole number')
      .transform(Number)
      .pipe(z.number().int().min(1).max(INBOX_MAX_LIMIT))
      .default(INBOX_DEFAULT_LIMIT),
    /** Opaque: the `nextCursor` of the previous page, with the same sort. */
    cursor: z
      .string()
      .max(512)
      .regex(/^[A-Za-z0-9_-]+$/, 'Not a valid cursor')
      .optional(),
  })
  .superRefine(fromNotAfterTo);
export type InboxQuery = z.infer<typeof InboxQuery>;
/** What the client sends (all strings), e.g. for `hc` or a URL. */
export type InboxQueryParams = z.input<typeof InboxQuery>;

/** GET /api/admin/intakes/export.csv: the inbox's filters and sort, without pagination. */
export const InboxExportQuery = z.strictObject(filterFields).superRefine(fromNotAfterTo);
export type InboxExportQuery = z.infer<typeof InboxExportQuery>;

/** One row of the inbox. */
export const InboxItem = z.object({
  id: z.string(),
  status: IntakeStatus,
  createdAt: z.string(),
  name: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  freedMinutesPerMonth: z.number().int(),
  netGainCentsPerMonth: z.number().int(),
  topBucket: InboxBucket.nullable(),
  /** Not opened in the back office yet (or marked unread again). */
  unread: z.boolean(),
});
export type InboxItem = z.infer<typeof InboxItem>;

export const InboxPage = z.object({
  items: z.array(InboxItem),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type InboxPage = z.infer<typeof InboxPage>;

/** PATCH /api/admin/intakes/:id/status */
export const ChangeStatusInput = z.strictObject({ status: IntakeStatus });
export type ChangeStatusInput = z.infer<typeof ChangeStatusInput>;

export const StatusChangeResult = z.object({
  id: z.string(),
  status: IntakeStatus,
  /** False when the intake already had this status (then no timeline event is added). */
  changed: z.boolean(),
});
export type StatusChangeResult = z.infer<typeof StatusChangeResult>;

/** POST /api/admin/intakes/:id/read and /unread */
export const ReadState = z.object({
  id: z.string(),
  readAt: z.string().nullable(),
  unread: z.boolean(),
});
export type ReadState = z.infer<typeof ReadState>;

/** POST /api/admin/intakes/:id/notes and PATCH .../notes/:noteId */
export const NoteInput = z.strictObject({
  body: z.string().trim().min(1).max(MAX_NOTE_LENGTH),
});
export type NoteInput = z.infer<typeof NoteInput>;

export const AdminNote = z.object({
  id: z.string(),
  body: z.string(),
  /** Null once the author's account has been removed. */
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  /** Later than createdAt once the note has been edited. */
  updatedAt: z.string(),
});
export type AdminNote = z.infer<typeof AdminNote>;

/** `data` of a `status-changed` event. */
export const StatusChangedData = z.object({
  from: IntakeStatus,
  to: IntakeStatus,
  by: z.object({ userId: z.string(), name: z.string() }),
});
export type StatusChangedData = z.infer<typeof StatusChangedData>;

/**
 * One entry of an intake's timeline as the API returns it (read side). The events the server
 * writes are `TimelineEvent` in shared/timeline/events.ts; an entry carries one of them, or a note.
 */
export const TimelineEntry = z.object({
  id: z.string(),
  /**
   * 'submitted', 'result-opened', 'status-changed' (stored IntakeEvents) or 'note-added' (derived
   * from the notes when the timeline is read: a deleted note leaves no copy of its text behind).
   * Other features add their own types (e-mails), so the client shows unknown types generically.
   */
  type: z.string(),
  at: z.string(),
  // Any JSON object. (Not z.record: the back office's chunk would pull ZodRecord into the scan's
  // first-load bundle, where zod lives, and that budget is full.)
  data: z.object({}).loose().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const IntakeContact = z.object({
  name: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
});
export type IntakeContact = z.infer<typeof IntakeContact>;

export const IntakeConsent = z.object({
  privacyConsentAt: z.string(),
  privacyConsentVersion: z.string(),
  followUpConsent: z.boolean(),
  followUpConsentAt: z.string().nullable(),
});
export type IntakeConsent = z.infer<typeof IntakeConsent>;

/** GET /api/admin/intakes/:id */
export const AdminIntakeDetail = z.object({
  id: z.string(),
  status: IntakeStatus,
  locale: Locale,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the VA first opened it; null = unread. */
  readAt: z.string().nullable(),
  contact: IntakeContact,
  consent: IntakeConsent,
  /** All answers exactly as submitted (older scans: see StoredIntakeAnswers). */
  answers: StoredIntakeAnswers,
  /** The stored result, exactly as the prospect's result page shows it. */
  resultView: ResultView,
  /** Oldest first. */
  notes: z.array(AdminNote),
  /** Oldest first. */
  timeline: z.array(TimelineEntry),
  /** Over every result link of this intake. */
  resultOpens: z.object({ count: z.number().int(), lastOpenedAt: z.string().nullable() }),
});
export type AdminIntakeDetail = z.infer<typeof AdminIntakeDetail>;

export const ResultLinkMetadata = z.object({
  id: z.string(),
  purpose: z.string(),
  createdAt: z.string(),
  openCount: z.number().int(),
  lastOpenedAt: z.string().nullable(),
});
export type ResultLinkMetadata = z.infer<typeof ResultLinkMetadata>;

/**
 * GET /api/admin/intakes/:id/export.json: everything stored about one intake (AVG right of
 * access), as a download. Never secrets: no token hashes, no idempotency key hash.
 */
export const IntakeDataExport = z.object({
  format: z.literal('delegatiescan.intake-export'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  intake: z.object({
    id: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    locale: Locale,
    status: IntakeStatus,
    readAt: z.string().nullable(),
    contact: IntakeContact,
    consent: IntakeConsent,
    answers: StoredIntakeAnswers,
    result: DelegationResult,
    engineVersion: z.string(),
    catalogueVersion: z.string(),
    summary: z.object({
      freedMinutesPerMonth: z.number().int(),
      netGainCentsPerMonth: z.number().int(),
      topBucket: InboxBucket.nullable(),
    }),
  }),
  tasks: z.array(
    z.object({
      position: z.number().int(),
      taskId: z.string().nullable(),
      customLabel: z.string().nullable(),
      categoryId: z.string(),
      minutesPerMonth: z.number().int(),
      feeling: z.string(),
      skill: z.string(),
      /** no | partly | yes */
      needsMe: z.string(),
      score: z.number().int(),
      bucket: z.string(),
    }),
  ),
  notes: z.array(AdminNote),
  timeline: z.array(TimelineEntry),
  resultLinks: z.array(ResultLinkMetadata),
});
export type IntakeDataExport = z.infer<typeof IntakeDataExport>;
