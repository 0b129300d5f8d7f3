import type { VaSettingsInput } from '#shared/schemas/admin-settings.ts';
import type { Db } from '../../lib/db.ts';

/** The settings live in one row; there is one VA per installation for now. */
const SETTINGS_ID = 'default';

const settingsSelect = {
  vaName: true,
  logoDataUrl: true,
  brandColor: true,
  hourlyRateCents: true,
  packages: true,
  offers: true,
  briefingSharePercent: true,
  bookingUrl: true,
  replyEmail: true,
  emailSignature: true,
  trustTexts: true,
  embedOrigins: true,
  retentionMonths: true,
  updatedAt: true,
} as const;

export type VaSettingsRow = Awaited<ReturnType<typeof findVaSettings>>;

/** The saved settings, or null when the VA has not saved any yet. */
export async function findVaSettings(db: Db) {
  return db.prisma.vaSettings.findUnique({ where: { id: SETTINGS_ID }, select: settingsSelect });
}

/** Replaces all settings at once (creates the row on the first save). */
export async function upsertVaSettings(db: Db, data: VaSettingsInput) {
  return db.prisma.vaSettings.upsert({
    where: { id: SETTINGS_ID },
    create: { id: SETTINGS_ID, ...data },
    update: data,
    select: settingsSelect,
  });
}

/** Only the sites that may frame the scan: read on every /embed request (null = never saved). */
export async function findEmbedOrigins(db: Db): Promise<unknown> {
  const row = await db.prisma.vaSettings.findUnique({ where: { id: SETTINGS_ID }, select: { embedOrigins: true } });
  return row?.embedOrigins ?? null;
}
