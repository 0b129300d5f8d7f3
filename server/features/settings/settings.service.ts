import { z } from 'zod';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { Concern, TrustTexts } from '#shared/delegation/va-settings.ts';
import {
  DEFAULT_BRAND_COLOR,
  DEFAULT_RETENTION_MONTHS,
  EmbedOrigin,
  VaOffersInput,
  type VaSettings,
  type VaSettingsInput,
} from '#shared/schemas/admin-settings.ts';
import { MonthlyPackage } from '#shared/schemas/result.ts';
import type { AppDeps } from '../../app-deps.ts';
import { publicUrl, type Env } from '../../env.ts';
import { cachedUntilChanged } from '../../lib/db/change-cache.ts';
import { TRUST_TEXTS_UNTIL_2026_12 } from './legacy-trust-texts.ts';
import { findEmbedOrigins, findVaSettings, upsertVaSettings, type VaSettingsRow } from './settings.repository.ts';

/**
 * The VA's settings: what she saved in the back office, or, on a fresh install before her first
 * save, the shipped defaults (rate, packages, trust texts) with her name, e-mail address and
 * booking link from the environment (VA_NAME, VA_EMAIL, VA_BOOKING_URL).
 *
 * Read from memory (lib/db/change-cache.ts): every submit, result and e-mail needs them, and
 * they change a few times a year; a save in any process makes the next read load them again.
 */
export const getVaSettings = cachedUntilChanged(loadVaSettings);

async function loadVaSettings(deps: AppDeps): Promise<VaSettings> {
  const row = await findVaSettings(deps.db);
  return row ? fromRow(row, deps.env) : defaultVaSettings(deps.env);
}

/** Saves all settings at once; the input is already validated. New results use them from now on, in every process. */
export async function updateVaSettings(deps: AppDeps, input: VaSettingsInput): Promise<VaSettings> {
  const saved = fromRow(await upsertVaSettings(deps.db, input), deps.env);
  await deps.db.changes.announce();
  return saved;
}

/**
 * The sites that may show the scan in a frame, as origins. What the column holds is checked
 * again (it goes into a response header): anything that is not a clean origin is left out.
 */
export async function getEmbedOrigins(deps: AppDeps): Promise<string[]> {
  return storedEmbedOrigins(await findEmbedOrigins(deps.db));
}

function defaultVaSettings(env: Env): VaSettings {
  return {
    // Empty until she (or VA_NAME / VA_EMAIL) says who she is: prospects then see neutral wording.
    vaName: env.VA_NAME ?? '',
    logoDataUrl: null,
    brandColor: DEFAULT_BRAND_COLOR,
    hourlyRateCents: DEFAULT_VA_SETTINGS.vaRateCents,
    packages: DEFAULT_VA_SETTINGS.packages.map((pkg) => ({ ...pkg })),
    offers: defaultOffers(),
    briefingSharePercent: DEFAULT_VA_SETTINGS.briefingSharePercent,
    bookingUrl: env.VA_BOOKING_URL ?? null,
    replyEmail: env.VA_EMAIL ?? '',
    emailSignature: env.VA_NAME ?? '',
    trustTexts: DEFAULT_VA_SETTINGS.trustTexts,
    embedOrigins: [],
    retentionMonths: DEFAULT_RETENTION_MONTHS,
    updatedAt: null,
    embed: embedUrls(env),
  };
}

/** Where the embed snippet points: the scan's /embed page and the script that sizes its frame. */
function embedUrls(env: Env): VaSettings['embed'] {
  const base = publicUrl(env);
  return { scanUrl: `${base}/embed`, scriptUrl: `${base}/embed.js` };
}

function storedEmbedOrigins(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const origins = stored.flatMap((value) => {
    const parsed = EmbedOrigin.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  return [...new Set(origins)];
}

const StoredPackages = z.array(MonthlyPackage);

function defaultOffers(): VaSettings['offers'] {
  return VaOffersInput.parse(DEFAULT_VA_SETTINGS.offers);
}

/** JSON with object keys sorted: PostgreSQL's jsonb hands keys back in its own order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

const sameText = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * The JSON columns are parsed, not trusted. A concern added to the product after her last save has
 * no text of hers yet: it gets the default text until she saves again; so does a concern whose
 * text is still the one shipped before December 2026 (it promised what the advice now decides per
 * prospect). Settings saved before offers existed get the shipped offers.
 */
function fromRow(row: NonNullable<VaSettingsRow>, env: Env): VaSettings {
  const stored = z.record(z.string(), z.unknown()).parse(row.trustTexts);
  const trustTexts = Object.fromEntries(
    Concern.options.map((concern) => {
      const text = stored[concern];
      const unchanged = text === undefined || sameText(text, TRUST_TEXTS_UNTIL_2026_12[concern]);
      return [concern, unchanged ? DEFAULT_VA_SETTINGS.trustTexts[concern] : text];
    }),
  );
  return {
    vaName: row.vaName,
    logoDataUrl: row.logoDataUrl,
    brandColor: row.brandColor,
    hourlyRateCents: row.hourlyRateCents,
    packages: StoredPackages.parse(row.packages),
    offers: row.offers === null ? defaultOffers() : VaOffersInput.parse(row.offers),
    briefingSharePercent: row.briefingSharePercent,
    bookingUrl: row.bookingUrl,
    replyEmail: row.replyEmail,
    emailSignature: row.emailSignature,
    trustTexts: TrustTexts.parse(trustTexts),
    embedOrigins: storedEmbedOrigins(row.embedOrigins),
    retentionMonths: row.retentionMonths,
    updatedAt: row.updatedAt.toISOString(),
    embed: embedUrls(env),
  };
}
