import { useEffect } from 'react';
import { brandShades } from '#shared/branding/shades.ts';
import { useScanConfig } from '../features/scan/api/get-scan-config.ts';
import { m } from '../paraglide/messages.js';
import { useLocale } from '../i18n/locale.tsx';

/**
 * The VA's colour on the page, as the brand-* CSS variables that Tailwind's brand utilities
 * read; the default teal until her settings arrive.
 */
export function useVaBrandColour() {
  const { data } = useScanConfig();
  const brandColor = data?.va.brandColor;

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
  const { data } = useScanConfig();
  useVaBrandColour();

  if (data?.va.logoDataUrl) {
    return <img src={data.va.logoDataUrl} alt={data.va.name ?? ''} className="h-8 w-auto max-w-40 object-contain" />;
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
