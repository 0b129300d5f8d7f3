import { z } from 'zod';
import { formatContrastRatio, contrastRatio, isHexColour, MIN_TEXT_CONTRAST, WHITE } from '../branding/contrast.ts';
import { TrustTexts } from '../delegation/va-settings.ts';

/**
 * The VA's settings in the back office (GET/PUT /api/admin/settings): who she is, how the scan
 * looks, what she charges and the trust-plan texts she offers. One schema for the settings form
 * and the API. New results are computed with the saved settings; every result keeps a snapshot of
 * the rate, package and trust texts it was computed with.
 */

/** The brand colour the app ships with (client/src/index.css, --color-brand-600). */
export const DEFAULT_BRAND_COLOR = '#0f766e';

/** Raster images only: an SVG can carry scripts. */
export const LOGO_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoImageType = (typeof LOGO_IMAGE_TYPES)[number];
/** The decoded logo; it is sent with every scan's config, so it stays small. */
export const MAX_LOGO_BYTES = 150 * 1024;
const LONGEST_LOGO_PREFIX = 'data:image/jpeg;base64,'.length;
const MAX_LOGO_DATA_URL_LENGTH = LONGEST_LOGO_PREFIX + Math.ceil(MAX_LOGO_BYTES / 3) * 4;

export const MIN_VA_RATE_CENTS = 10_00;
export const MAX_VA_RATE_CENTS = 500_00;
export const MAX_PACKAGES = 6;
export const MAX_PACKAGE_HOURS = 200;
export const MAX_PACKAGE_PRICE_CENTS = 100_000_00;
export const MAX_EMAIL_SIGNATURE_LENGTH = 1000;

/** The largest PUT body: a full-size logo plus every trust text at its longest. */
export const MAX_SETTINGS_BODY_BYTES = 1024 * 1024;

const DATA_URL = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/i;

/** The first bytes of each allowed image type, so the declared type is the real one. */
const MAGIC_BYTES: Record<LogoImageType, (bytes: number[]) => boolean> = {
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  // RIFF <size> WEBP
  'image/webp': (b) =>
    [0x52, 0x49, 0x46, 0x46].every((byte, i) => b[i] === byte) &&
    [0x57, 0x45, 0x42, 0x50].every((byte, i) => b[i + 8] === byte),
};

function isLogoImageType(type: string): type is LogoImageType {
  return (LOGO_IMAGE_TYPES as readonly string[]).includes(type);
}

function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** A small PNG, JPEG or WebP as a base64 `data:` URL: checked by prefix, encoding, size and content. */
export const LogoDataUrl = z.string().superRefine((value, ctx) => {
  const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
  // Before any pattern matching: a huge string is rejected on its length alone.
  if (value.length > MAX_LOGO_DATA_URL_LENGTH) return fail(`The logo is larger than ${MAX_LOGO_BYTES / 1024} kB`);
  const match = DATA_URL.exec(value);
  if (!match) return fail('The logo must be a PNG, JPEG or WebP image as a base64 data: URL');
  const type = match[1]!.toLowerCase();
  const base64 = match[2]!;
  if (!isLogoImageType(type)) {
    return fail(
      type === 'image/svg+xml'
        ? 'SVG logos are not allowed (an SVG can contain scripts): use PNG, JPEG or WebP'
        : 'The logo must be a PNG, JPEG or WebP image',
    );
  }
  if (base64.length === 0 || base64.length % 4 !== 0) return fail('The logo is not valid base64');
  if (decodedLength(base64) > MAX_LOGO_BYTES) return fail(`The logo is larger than ${MAX_LOGO_BYTES / 1024} kB`);
  const head = Array.from(atob(base64.slice(0, 16)), (char) => char.charCodeAt(0));
  if (!MAGIC_BYTES[type](head)) return fail(`The logo's content is not a ${type.slice('image/'.length).toUpperCase()} image`);
});

/** `#rrggbb`, dark enough that the white text the UI puts on it is readable (WCAG AA). */
export const BrandColor = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isHexColour(value)) {
      ctx.addIssue({ code: 'custom', message: 'Use a colour in the form #rrggbb' });
      return;
    }
    const ratio = contrastRatio(value, WHITE);
    if (ratio < MIN_TEXT_CONTRAST) {
      ctx.addIssue({
        code: 'custom',
        message:
          `White text on ${value} has a contrast of ${formatContrastRatio(ratio)}; ` +
          `it needs at least ${MIN_TEXT_CONTRAST}:1 to be readable (WCAG AA). Choose a darker colour`,
      });
    }
  })
  .overwrite((value) => value.toLowerCase());

/** One monthly bundle the VA sells, excl. BTW. */
export const VaPackageInput = z.strictObject({
  hoursPerMonth: z.number().int().min(1).max(MAX_PACKAGE_HOURS),
  priceCents: z.number().int().min(1).max(MAX_PACKAGE_PRICE_CENTS),
});
export type VaPackageInput = z.infer<typeof VaPackageInput>;

/** 1–6 packages, each with its own number of hours; stored in ascending order of hours. */
export const VaPackagesInput = z
  .array(VaPackageInput)
  .min(1)
  .max(MAX_PACKAGES)
  .superRefine((packages, ctx) => {
    const seen = new Set<number>();
    packages.forEach((pkg, index) => {
      if (seen.has(pkg.hoursPerMonth)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'hoursPerMonth'],
          message: `There is already a package of ${pkg.hoursPerMonth} hours: each package needs its own number of hours`,
        });
      }
      seen.add(pkg.hoursPerMonth);
    });
  })
  .overwrite((packages) => [...packages].sort((a, b) => a.hoursPerMonth - b.hoursPerMonth));

export const MAX_TRIAL_HOURS = 40;
export const MAX_BUNDLES = 6;
export const MAX_BUNDLE_HOURS = 200;
export const MAX_BUNDLE_VALID_MONTHS = 24;
export const MAX_BRIEFING_SHARE_PERCENT = 50;

/** One task done once for a fixed price, to see how working together feels (excl. BTW). */
export const TrialTaskInput = z.strictObject({
  /** What it is, in a few words: "one task from your list, done start to finish". */
  description: z.strictObject({
    nl: z.string().trim().min(3).max(200),
    en: z.string().trim().min(3).max(200),
  }),
  hours: z.number().int().min(1).max(MAX_TRIAL_HOURS),
  priceCents: z.number().int().min(1).max(MAX_PACKAGE_PRICE_CENTS),
});
export type TrialTaskInput = z.infer<typeof TrialTaskInput>;

/** Hours paid up front and used as needed, valid so many months (excl. BTW). */
export const PrepaidBundleInput = z.strictObject({
  hours: z.number().int().min(1).max(MAX_BUNDLE_HOURS),
  priceCents: z.number().int().min(1).max(MAX_PACKAGE_PRICE_CENTS),
  validMonths: z.number().int().min(1).max(MAX_BUNDLE_VALID_MONTHS),
});
export type PrepaidBundleInput = z.infer<typeof PrepaidBundleInput>;

/** 0–6 bundles, each with its own number of hours; stored in ascending order of hours. */
export const PrepaidBundlesInput = z
  .array(PrepaidBundleInput)
  .max(MAX_BUNDLES)
  .superRefine((bundles, ctx) => {
    const seen = new Set<number>();
    bundles.forEach((bundle, index) => {
      if (seen.has(bundle.hours)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'hours'],
          message: `There is already a bundle of ${bundle.hours} hours: each bundle needs its own number of hours`,
        });
      }
      seen.add(bundle.hours);
    });
  })
  .overwrite((bundles) => [...bundles].sort((a, b) => a.hours - b.hours));

/** Her offers besides the monthly packages: a trial task (or none) and prepaid bundles. */
export const VaOffersInput = z.strictObject({
  trialTask: TrialTaskInput.nullable(),
  prepaidBundles: PrepaidBundlesInput,
});
export type VaOffersInput = z.infer<typeof VaOffersInput>;

function isSafeBookingUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.protocol === 'https:') return url.hostname.length > 0 && url.username === '' && url.password === '';
  if (url.protocol === 'mailto:') return z.email().safeParse(decodeURIComponent(url.pathname)).success;
  return false;
}

/** Where "plan a call" goes: an https:// booking page, or a mailto: address. Nothing else (no javascript:). */
export const BookingUrl = z
  .string()
  .trim()
  .max(500)
  .refine(isSafeBookingUrl, { message: 'Use a link that starts with https:// or a mailto: address' });

function isPlainText(value: string): boolean {
  // Line breaks and tabs are text; other control characters are not.
  return Array.from(value).every((char) => {
    const code = char.charCodeAt(0);
    if (code === 0x09 || code === 0x0a) return true;
    return code >= 0x20 && code !== 0x7f;
  });
}

/** Plain text under her e-mails (never HTML: it is escaped wherever it is shown). */
export const EmailSignature = z
  .string()
  .overwrite((value) => value.replace(/\r\n?/g, '\n').trim())
  .max(MAX_EMAIL_SIGNATURE_LENGTH)
  .refine(isPlainText, { message: 'Use plain text only (no control characters)' });

/** Sites that may show the scan in a frame (Content-Security-Policy frame-ancestors). */
export const MAX_EMBED_ORIGINS = 10;
/** AVG: intakes not marked client are erased this many months after submission. */
export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 120;
export const DEFAULT_RETENTION_MONTHS = 12;

/** Plain http is allowed only for a site on the VA's own machine (trying the snippet out). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
// The origin ends up in a response header: only letters, digits, dots and hyphens (IDN as
// punycode), or a bracketed IPv6 address. The URL parser lets "*", ";" and "," through.
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\]$/;

function hasSpaceOrControl(value: string): boolean {
  return /\s/.test(value) || Array.from(value).some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}

export type EmbedOriginProblem = 'format' | 'path' | 'https';

export type EmbedOriginCheck = { ok: true; origin: string } | { ok: false; problem: EmbedOriginProblem };

/**
 * Is this the address of a site, scheme://host[:port] and nothing more? Gives the origin as the
 * browser compares it (lower-case, default port dropped, IDN as punycode), or why not: `format`
 * (not an http(s) address of a host), `path` (a path, query or fragment), `https` (plain http
 * outside localhost). A trailing "/" is what the address bar shows, so it is accepted.
 */
export function checkEmbedOrigin(value: string): EmbedOriginCheck {
  // URL() silently drops tabs and line breaks inside; a typed origin has no white space at all.
  if (value === '' || hasSpaceOrControl(value) || !URL.canParse(value)) return { ok: false, problem: 'format' };
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'format' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'format' };
  if (!HOSTNAME.test(url.hostname) && !IPV6_HOST.test(url.hostname)) return { ok: false, problem: 'format' };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(value)) return { ok: false, problem: 'path' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { ok: false, problem: 'https' };
  return { ok: true, origin: url.origin };
}

const embedOriginMessages: Record<EmbedOriginProblem, string> = {
  format: 'Use the address of a site, for example https://www.example.nl',
  path: 'Use only the start of the address (https://www.example.nl), without a path, ? or #',
  https: 'The site must use https:// (plain http:// only for localhost)',
};

/** One site that may embed the scan; stored as its origin. */
export const EmbedOrigin = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const checked = checkEmbedOrigin(value);
    if (checked.ok) return checked.origin;
    ctx.addIssue({ code: 'custom', message: embedOriginMessages[checked.problem] });
    return z.NEVER;
  });

/** Up to 10 sites, each listed once (compared as origins, so "HTTPS://X.nl/" repeats "https://x.nl"). */
export const EmbedOrigins = z
  .array(EmbedOrigin)
  .max(MAX_EMBED_ORIGINS)
  .superRefine((origins, ctx) => {
    origins.forEach((origin, index) => {
      if (origins.indexOf(origin) !== index) {
        ctx.addIssue({ code: 'custom', path: [index], message: `${origin} is already in the list` });
      }
    });
  });

export const RetentionMonths = z.number().int().min(MIN_RETENTION_MONTHS).max(MAX_RETENTION_MONTHS);

export const VaSettingsInput = z.strictObject({
  vaName: z.string().trim().min(1).max(100),
  logoDataUrl: LogoDataUrl.nullable(),
  brandColor: BrandColor,
  /** Her hourly rate in cents, excl. BTW. */
  hourlyRateCents: z.number().int().min(MIN_VA_RATE_CENTS).max(MAX_VA_RATE_CENTS),
  packages: VaPackagesInput,
  /** A trial task and prepaid bundles; the advice suggests the start that fits the prospect. */
  offers: VaOffersInput,
  /** The share of each handed-over task the prospect keeps for briefing and checking, in %. */
  briefingSharePercent: z.number().int().min(0).max(MAX_BRIEFING_SHARE_PERCENT),
  bookingUrl: BookingUrl.nullable(),
  replyEmail: z.email().max(254),
  emailSignature: EmailSignature,
  /** Every concern, in Dutch and English: a title and the steps she offers. */
  trustTexts: TrustTexts,
  /** The sites (origins) where the scan may be embedded; empty = nowhere. */
  embedOrigins: EmbedOrigins,
  /** Intakes not marked client are erased this many months after submission. */
  retentionMonths: RetentionMonths,
});
export type VaSettingsInput = z.infer<typeof VaSettingsInput>;

/** What GET and PUT /api/admin/settings answer. */
export type VaSettings = VaSettingsInput & {
  /** When she last saved (UTC ISO); null while the defaults of a fresh install apply. */
  updatedAt: string | null;
  /** Read-only: the addresses the embed snippet points at (from PUBLIC_URL). */
  embed: { scanUrl: string; scriptUrl: string };
};
