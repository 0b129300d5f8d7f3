import { stringify } from 'csv-stringify/sync';
import { vaDateTime } from '#shared/calendar/va-calendar.ts';
import { divRound } from '#shared/delegation/money.ts';
import type { IntakeStatus } from '#shared/schemas/admin-intakes.ts';
import type { InboxBucket } from '#shared/schemas/admin-intakes.ts';
import type { ExportRow } from './admin-intakes.repository.ts';

/**
 * The inbox as CSV for Excel with Dutch settings: UTF-8 with a BOM (else Excel reads it as
 * Windows-1252), `;` between cells (the Dutch list separator; `,` is the decimal separator),
 * CRLF between rows, amounts with a decimal comma and no thousands separator, dates as
 * "yyyy-mm-dd hh:mm" in Dutch time. Text the prospect typed that Excel would read as a formula
 * is neutralised (CSV injection).
 */

const STATUS_LABELS: Record<IntakeStatus, string> = {
  new: 'nieuw',
  contacted: 'contact gehad',
  'call-planned': 'gesprek gepland',
  'proposal-sent': 'voorstel verstuurd',
  client: 'klant',
  'not-a-fit': 'geen match',
  archived: 'gearchiveerd',
};

const BUCKET_LABELS: Record<InboxBucket, string> = {
  now: 'nu overdragen',
  'after-onboarding': 'na het inwerken',
  consider: 'samen bespreken',
  keep: 'zelf houden',
  own: 'eigen taken (bespreken)',
};

const VAT_LABELS: Record<string, string> = { normal: 'btw', kor: 'KOR', exempt: 'vrijgesteld' };

const CSV_HEADERS = [
  'datum',
  'naam',
  'e-mail',
  'bedrijf',
  'telefoon',
  'status',
  'uren vrij per maand',
  'netto per maand (€)',
  'top-bucket',
  'gelezen',
  'taal',
  'soort bedrijf',
  'uren per week',
  'uurtarief (€)',
  'btw',
  'follow-up toegestaan',
  'id',
] as const;

const CSV_OPTIONS = { delimiter: ';', record_delimiter: 'windows', quoted_match: /^\s|\s$/ } as const;

/** The header row, preceded by the UTF-8 BOM. */
export function csvHeader(): string {
  return stringify([[...CSV_HEADERS]], { ...CSV_OPTIONS, bom: true });
}

/** One batch of rows (no header). */
export function csvRows(rows: ExportRow[]): string {
  return stringify(rows.map(csvRecord), CSV_OPTIONS);
}

function csvRecord(row: ExportRow): string[] {
  return [
    vaDateTime(row.createdAt),
    text(row.name),
    text(row.email),
    text(row.company),
    text(row.phone),
    STATUS_LABELS[row.status as IntakeStatus] ?? row.status,
    minutesAsHours(row.freedMinutesPerMonth),
    centsAsEuros(row.netGainCentsPerMonth),
    row.topBucket ? (BUCKET_LABELS[row.topBucket as InboxBucket] ?? row.topBucket) : '',
    row.readAt ? 'ja' : 'nee',
    row.locale,
    row.businessKind,
    String(row.hoursPerWeek),
    centsAsEuros(row.hourlyRateCents),
    row.vatStatus ? (VAT_LABELS[row.vatStatus] ?? row.vatStatus) : '',
    row.followUpConsent ? 'ja' : 'nee',
    row.id,
  ];
}

/**
 * Text someone else typed: a cell that starts with = + - @ (or a tab or CR, which Excel skips
 * before such a character) would be read as a formula, e.g. `=HYPERLINK(...)`. A leading
 * apostrophe makes it text (OWASP "CSV injection").
 */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function text(value: string | null): string {
  return value === null ? '' : neutraliseFormula(value);
}

/** 12345 → "123,45", -50 → "-0,50": exact, from integers. */
function centsAsEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${(abs - (abs % 100)) / 100},${String(abs % 100).padStart(2, '0')}`;
}

/** 90 → "1,50": hours with two decimals, rounded half up. */
function minutesAsHours(minutes: number): string {
  return centsAsEuros(divRound(minutes * 100, 60));
}
