import { setImmediate } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { startOfNextVaDay, startOfVaDay, vaDay } from '#shared/calendar/va-calendar.ts';
import {
  type AdminIntakeDetail,
  type AdminNote,
  type InboxExportQuery,
  type InboxItem,
  type InboxPage,
  type InboxQuery,
  type IntakeDataExport,
  InboxBucket,
  IntakeStatus,
  type ReadState,
  StoredIntakeAnswers,
  type StatusChangeResult,
  type TimelineEntry,
} from '#shared/schemas/admin-intakes.ts';
import { Locale } from '#shared/schemas/common.ts';
import { DelegationResult } from '#shared/schemas/result.ts';
import type { TimelineEntryType } from '#shared/timeline/events.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { SignedInVa } from '../../lib/auth-context.ts';
import { batchSizer } from '../../lib/batch-sizer.ts';
import { normaliseSearchTerm } from '../../lib/db.ts';
import { notFound } from '../../lib/errors.ts';
import { buildResultView } from '../results/results.service.ts';
import { csvHeader, csvRows } from './admin-intakes.csv.ts';
import { decodeCursor, encodeCursor, INBOX_ORDERS, type KeysetPosition, positionOf } from './admin-intakes.cursor.ts';
import {
  changeIntakeStatus,
  createNote,
  deleteNote,
  eraseIntake,
  findExportRows,
  findInboxRows,
  findIntakeDetail,
  findIntakeForExport,
  type InboxFilter,
  type IntakeDetailRow,
  markRead,
  markUnread,
  type NoteRow,
  updateNote,
} from './admin-intakes.repository.ts';

const INTAKE_NOT_FOUND = 'No such intake.';
const NOTE_NOT_FOUND = 'No such note on this intake.';
/** Search words beyond this many add nothing but cost: each is one more LIKE. */
const MAX_SEARCH_WORDS = 8;
/** Rows per database round trip of the CSV export, at most (on SQLite fewer when the machine is slow: batchSizer). */
const EXPORT_BATCH_SIZE = 500;

/**
 * The query's filters as the repository takes them, or null when they can match nothing: a
 * search that consists only of LIKE wildcards ("%", "_") must not match everything. Every word
 * must occur (in any order), so "zoe coaching" finds "Zoë de Vries, Zoë Coaching".
 */
function filterOf(query: InboxExportQuery): InboxFilter | null {
  const filter: InboxFilter = {};
  if (query.status) filter.statuses = [...new Set(query.status)];
  if (query.from) filter.createdFrom = startOfVaDay(query.from);
  if (query.to) filter.createdBefore = startOfNextVaDay(query.to);
  if (query.q !== undefined && query.q.trim() !== '') {
    // Words as the VA typed them; a wildcard inside a word stays part of that word's phrase.
    const words = [...new Set(query.q.split(/\s+/).map(normaliseSearchTerm).filter(Boolean))];
    if (words.length === 0) return null;
    filter.searchWords = words.slice(0, MAX_SEARCH_WORDS);
  }
  return filter;
}

/** The inbox: one page after the cursor, plus the cursor of the next page (null on the last). */
export async function listInbox(deps: AppDeps, query: InboxQuery): Promise<InboxPage> {
  const order = INBOX_ORDERS[query.sort];
  const after = query.cursor === undefined ? undefined : decodeCursor(query.sort, query.cursor);
  const filter = filterOf(query);
  if (!filter) return { items: [], nextCursor: null };
  // One row more than asked tells whether there is a next page, without a COUNT.
  const rows = await findInboxRows(deps.db, { filter, order, after, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toInboxItem),
    nextCursor: rows.length > query.limit && last ? encodeCursor(query.sort, positionOf(last, order)) : null,
  };
}

function toInboxItem(row: Awaited<ReturnType<typeof findInboxRows>>[number]): InboxItem {
  return {
    id: row.id,
    status: IntakeStatus.parse(row.status),
    createdAt: row.createdAt.toISOString(),
    name: row.name,
    email: row.email,
    company: row.company,
    freedMinutesPerMonth: row.freedMinutesPerMonth,
    netGainCentsPerMonth: row.netGainCentsPerMonth,
    topBucket: row.topBucket === null ? null : InboxBucket.parse(row.topBucket),
    unread: row.readAt === null,
  };
}

/** Where the CSV goes: Hono's stream, or anything with the same two members. */
export type CsvSink = {
  write(chunk: string): Promise<unknown>;
  /** True once the client has gone away: stop reading the database. */
  readonly aborted: boolean;
};

/**
 * Writes the filtered inbox as CSV, reading the database in keyset batches so that only one
 * batch is in memory, and stops as soon as the client disconnects.
 */
export async function writeInboxCsv(
  deps: AppDeps,
  query: InboxExportQuery,
  sink: CsvSink,
  batchSize = EXPORT_BATCH_SIZE,
): Promise<void> {
  await sink.write(csvHeader());
  const filter = filterOf(query);
  if (!filter) return;
  const order = INBOX_ORDERS[query.sort];
  // On SQLite the read and the formatting hold the event loop: batches fitted to its budget,
  // between 50 and `batchSize` rows (lib/batch-sizer.ts).
  const sizer = batchSizer(deps.db.provider, { start: Math.min(100, batchSize), min: Math.min(50, batchSize), max: batchSize });
  let after: KeysetPosition | undefined;
  while (!sink.aborted) {
    const take = sizer.size;
    const started = performance.now();
    const rows = await findExportRows(deps.db, { filter, order, after, take });
    if (rows.length === 0 || sink.aborted) return;
    const csv = csvRows(rows);
    sizer.took(performance.now() - started);
    await sink.write(csv);
    if (rows.length < take) return;
    after = positionOf(rows[rows.length - 1]!, order);
    // On SQLite a batch is promises that settle at once (the driver is synchronous): without a
    // real pause the whole export would run before any other request is even read.
    await setImmediate();
  }
}

/** `intakes-2026-11-28.csv`: the day of the export in Dutch time. */
export function csvFileName(now = new Date()): string {
  return `intakes-${vaDay(now)}.csv`;
}

export function jsonExportFileName(id: string, now = new Date()): string {
  return `intake-${id}-${vaDay(now)}.json`;
}

/**
 * One intake for the back office. Reading it changes nothing (a GET is safe: prefetches and
 * retries must not mark it read); the page marks it read with POST …/read when the VA opens it.
 */
export async function getIntakeDetail(deps: AppDeps, id: string): Promise<AdminIntakeDetail> {
  const row = await findIntakeDetail(deps.db, id);
  if (!row) throw notFound(INTAKE_NOT_FOUND);
  return {
    id: row.id,
    status: IntakeStatus.parse(row.status),
    locale: Locale.parse(row.locale),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    readAt: iso(row.readAt),
    contact: contactOf(row),
    consent: consentOf(row),
    answers: StoredIntakeAnswers.parse(row.answers),
    resultView: await buildResultView(deps, row),
    notes: row.notes.map(toAdminNote),
    timeline: timelineOf(row),
    resultOpens: {
      count: row.resultLinks.reduce((sum, link) => sum + link.openCount, 0),
      lastOpenedAt: iso(latest(row.resultLinks.map((link) => link.lastOpenedAt))),
    },
  };
}

function contactOf(row: Pick<IntakeDetailRow, 'name' | 'email' | 'company' | 'phone'>) {
  return { name: row.name, email: row.email, company: row.company, phone: row.phone };
}

function consentOf(row: IntakeDetailRow) {
  return {
    privacyConsentAt: row.privacyConsentAt.toISOString(),
    privacyConsentVersion: row.privacyConsentVersion,
    followUpConsent: row.followUpConsent,
    followUpConsentAt: iso(row.followUpConsentAt),
  };
}

/**
 * The stored events plus one `note-added` per note, oldest first. Notes are derived here rather
 * than stored as events: nothing to keep in step when a note is edited or deleted, and a deleted
 * note leaves no copy of its text in the timeline.
 */
function timelineOf(row: IntakeDetailRow): TimelineEntry[] {
  const events: TimelineEntry[] = row.events.map((event) => ({
    id: event.id,
    type: event.type,
    at: event.createdAt.toISOString(),
    data: isRecord(event.data) ? event.data : null,
  }));
  const notes: TimelineEntry[] = row.notes.map((note) => ({
    id: `note-${note.id}`,
    type: 'note-added' satisfies TimelineEntryType,
    at: note.createdAt.toISOString(),
    data: { noteId: note.id, author: note.author?.name ?? null },
  }));
  return [...events, ...notes].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

function toAdminNote(note: NoteRow): AdminNote {
  return {
    id: note.id,
    body: note.body,
    author: note.author ? { id: note.author.id, name: note.author.name } : null,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
  };
}

export async function changeStatus(
  deps: AppDeps,
  id: string,
  status: IntakeStatus,
  va: SignedInVa,
): Promise<StatusChangeResult> {
  const change = await changeIntakeStatus(deps.db, id, status, { userId: va.userId, name: va.name });
  if (!change) throw notFound(INTAKE_NOT_FOUND);
  return { id, status, changed: change.changed };
}

/** Read from now on (the first time only: a second call keeps the first moment). */
export async function markIntakeRead(deps: AppDeps, id: string): Promise<ReadState> {
  const row = await markRead(deps.db, id, new Date());
  if (!row) throw notFound(INTAKE_NOT_FOUND);
  return { id, readAt: iso(row.readAt), unread: row.readAt === null };
}

export async function markIntakeUnread(deps: AppDeps, id: string): Promise<ReadState> {
  if (!(await markUnread(deps.db, id))) throw notFound(INTAKE_NOT_FOUND);
  return { id, readAt: null, unread: true };
}

export async function addNote(deps: AppDeps, intakeId: string, body: string, va: SignedInVa): Promise<AdminNote> {
  const note = await createNote(deps.db, intakeId, va.userId, body);
  if (!note) throw notFound(INTAKE_NOT_FOUND);
  return toAdminNote(note);
}

/** Any signed-in VA may edit a note; the author stays who wrote it, updatedAt shows the edit. */
export async function editNote(deps: AppDeps, intakeId: string, noteId: string, body: string): Promise<AdminNote> {
  const note = await updateNote(deps.db, intakeId, noteId, body);
  if (!note) throw notFound(NOTE_NOT_FOUND);
  return toAdminNote(note);
}

export async function removeNote(deps: AppDeps, intakeId: string, noteId: string): Promise<void> {
  if (!(await deleteNote(deps.db, intakeId, noteId))) throw notFound(NOTE_NOT_FOUND);
}

/** AVG right to erasure, from the back office: the intake and everything hanging off it. */
export async function eraseIntakeForGood(deps: AppDeps, id: string): Promise<void> {
  if (!(await eraseIntake(deps.db, id))) throw notFound(INTAKE_NOT_FOUND);
}

/** AVG right of access: everything stored about one intake, secrets (token hashes) excepted. */
export async function exportIntakeData(deps: AppDeps, id: string, now = new Date()): Promise<IntakeDataExport> {
  const row = await findIntakeForExport(deps.db, id);
  if (!row) throw notFound(INTAKE_NOT_FOUND);
  return {
    format: 'delegatiescan.intake-export',
    formatVersion: 1,
    exportedAt: now.toISOString(),
    intake: {
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      locale: Locale.parse(row.locale),
      status: IntakeStatus.parse(row.status),
      readAt: iso(row.readAt),
      contact: contactOf(row),
      consent: consentOf(row),
      answers: StoredIntakeAnswers.parse(row.answers),
      result: DelegationResult.parse(row.result),
      engineVersion: row.engineVersion,
      catalogueVersion: row.catalogueVersion,
      summary: {
        freedMinutesPerMonth: row.freedMinutesPerMonth,
        netGainCentsPerMonth: row.netGainCentsPerMonth,
        topBucket: row.topBucket === null ? null : InboxBucket.parse(row.topBucket),
      },
    },
    tasks: row.tasks,
    notes: row.notes.map(toAdminNote),
    timeline: timelineOf(row),
    resultLinks: row.resultLinks.map((link) => ({
      id: link.id,
      purpose: link.purpose,
      createdAt: link.createdAt.toISOString(),
      openCount: link.openCount,
      lastOpenedAt: iso(link.lastOpenedAt),
    })),
  };
}

function iso(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}

function latest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
