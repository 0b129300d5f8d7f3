import { describe, expect, test } from 'vitest';
import { DEFAULT_VA_SETTINGS } from '../delegation/defaults.ts';
import { BookingUrl, BrandColor, DEFAULT_BRAND_COLOR, LogoDataUrl, MAX_LOGO_BYTES, VaPackagesInput } from './admin-settings.ts';

const toBase64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (size: number) => `data:image/png;base64,${btoa(String.fromCharCode(...PNG) + '\0'.repeat(size - PNG.length))}`;

describe('LogoDataUrl', () => {
  test('takes PNG, JPEG and WebP whose content matches the declared type', () => {
    expect(LogoDataUrl.safeParse(png(64)).success).toBe(true);
    expect(LogoDataUrl.safeParse(`data:image/jpeg;base64,${toBase64([0xff, 0xd8, 0xff, 0xe0, 0, 0])}`).success).toBe(true);
    const webp = toBase64([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0], [...'WEBP'].map((c) => c.charCodeAt(0))));
    expect(LogoDataUrl.safeParse(`data:image/webp;base64,${webp}`).success).toBe(true);
    // A JPEG labelled as PNG is not what it says it is.
    expect(LogoDataUrl.safeParse(`data:image/png;base64,${toBase64([0xff, 0xd8, 0xff, 0xe0, 0, 0])}`).success).toBe(false);
  });

  test('150 kB is the limit, counted on the decoded bytes', () => {
    expect(LogoDataUrl.safeParse(png(MAX_LOGO_BYTES)).success).toBe(true);
    expect(LogoDataUrl.safeParse(png(MAX_LOGO_BYTES + 1)).success).toBe(false);
  });

  test('no SVG, no other types, no URLs', () => {
    const svg = `data:image/svg+xml;base64,${btoa('<svg onload="alert(1)"/>')}`;
    for (const bad of [svg, 'data:image/gif;base64,R0lGODlh', 'data:text/html;base64,PHA+', 'https://x.nl/logo.png', 'data:image/png,raw']) {
      expect(LogoDataUrl.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('BrandColor', () => {
  test('the shipped colour passes; it is stored lower-case', () => {
    expect(BrandColor.parse(DEFAULT_BRAND_COLOR)).toBe(DEFAULT_BRAND_COLOR);
    expect(BrandColor.parse('#1D4ED8')).toBe('#1d4ed8');
  });

  test('a light colour fails with the ratio it has and the one it needs', () => {
    const issue = BrandColor.safeParse('#14b8a6').error?.issues[0];
    expect(issue?.message).toMatch(/contrast of 2\.\d:1; it needs at least 4\.5:1/);
  });
});

describe('VaPackagesInput', () => {
  test('sorts by hours and names each duplicate', () => {
    expect(VaPackagesInput.parse([...DEFAULT_VA_SETTINGS.packages].reverse())).toEqual(DEFAULT_VA_SETTINGS.packages);
    const issues = VaPackagesInput.safeParse([
      { hoursPerMonth: 8, priceCents: 1 },
      { hoursPerMonth: 8, priceCents: 2 },
    ]).error?.issues;
    expect(issues?.map((i) => i.path)).toEqual([[1, 'hoursPerMonth']]);
  });
});

describe('BookingUrl', () => {
  test('https:// or mailto: only', () => {
    for (const ok of ['https://cal.example.nl/x', 'mailto:sanne@example.nl', 'mailto:sanne@example.nl?subject=Hoi']) {
      expect(BookingUrl.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['javascript:alert(1)', 'http://cal.example.nl', 'https://user:pw@cal.example.nl', 'ftp://x.nl', '//x.nl', 'mailto:', '']) {
      expect(BookingUrl.safeParse(bad).success, bad).toBe(false);
    }
  });
});
