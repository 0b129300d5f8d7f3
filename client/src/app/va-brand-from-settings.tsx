import { useEffect } from 'react';
import { brandShades } from '#shared/branding/shades.ts';
import { useBranding } from '../lib/get-branding.ts';
import { ScanName } from './scan-name.tsx';

/**
 * The VA's colour on the page, as the brand-* CSS variables that Tailwind's brand utilities
 * read; the default teal until her branding arrives (GET /api/branding: a few hundred bytes, so
 * the result page never downloads the scan's catalogue for it). Inside a QueryGate.
 */
export function useVaBrandColour() {
  const { data } = useBranding();
  const brandColor = data?.brandColor;

  useEffect(() => {
    if (!brandColor) return;
    const root = document.documentElement.style;
    for (const [shade, value] of Object.entries(brandShades(brandColor))) {
      root.setProperty(`--color-brand-${shade}`, value);
    }
  }, [brandColor]);
}

/** Her colour, and her logo or the scan's name (va-brand.tsx renders it once react-query is there). */
export function BrandFromSettings() {
  const { data } = useBranding();
  useVaBrandColour();

  if (data?.logoUrl) {
    return <img src={data.logoUrl} alt={data.name ?? ''} className="h-8 w-auto max-w-40 object-contain" />;
  }
  return <ScanName />;
}
