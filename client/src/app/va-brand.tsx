import { useEffect } from 'react';
import { brandShades } from '#shared/branding/shades.ts';
import { useBranding } from './api/get-branding.ts';
import { m } from '../paraglide/messages.js';
import { useLocale } from '../i18n/locale.tsx';

/**
 * The VA's colour on the page, as the brand-* CSS variables that Tailwind's brand utilities
 * read; the default teal until her branding arrives (GET /api/branding: a few hundred bytes, so
 * the result page never downloads the scan's catalogue for it).
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

/**
 * The VA's branding on the prospect's pages: her colour (useVaBrandColour) and her logo or
 * name in the header. Until the settings arrive, the default teal and the scan's name show.
 */
export function VaBrand() {
  useLocale();
  const { data } = useBranding();
  useVaBrandColour();

  if (data?.logoUrl) {
    return <img src={data.logoUrl} alt={data.name ?? ''} className="h-8 w-auto max-w-40 object-contain" />;
  }
  return (
    <>
      <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
        ✓
      </span>
      {m.app_name()}
    </>
  );
}
