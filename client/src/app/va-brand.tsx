import { Suspense } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { preloadable } from '../lib/preloadable.tsx';
import { preloadQueryLayer, QueryGate } from '../lib/query-layer.tsx';
import { ScanName } from './scan-name.tsx';

// Its code and react-query load together, and it renders its gate itself: one suspension, not
// a gate's and then its own (React reveals a boundary's content at most every 300 ms).
const BrandFromSettings = preloadable(() =>
  Promise.all([import('./va-brand-from-settings.tsx'), preloadQueryLayer()]).then(([{ BrandFromSettings: Brand }]) =>
    function GatedBrand() {
      return (
        <QueryGate>
          <Brand />
        </QueryGate>
      );
    },
  ),
);

/** Loads the header's branding code (it loads on the first render otherwise). */
export const preloadVaBrand = () => Promise.all([preloadQueryLayer(), BrandFromSettings.preload()]);

/**
 * The VA's branding on the prospect's pages: her colour and her logo or name in the header
 * (va-brand-from-settings.tsx). Until her settings arrive (and react-query, which fetches them,
 * after the first render) the default teal and the scan's name show.
 */
export function VaBrand() {
  useLocale();
  return (
    <Suspense fallback={<ScanName />}>
      <BrandFromSettings />
    </Suspense>
  );
}
