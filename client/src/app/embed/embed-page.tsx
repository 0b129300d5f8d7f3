import { useLayoutEffect, useRef, useState } from 'react';
import { useSearch } from 'wouter';
import { LanguageSwitch } from '../language-switch.tsx';
import { RouteErrorBoundary } from '../route-error-boundary.tsx';
import { useVaBrandColour } from '../va-brand-from-settings.tsx';
import { useLocale } from '../../i18n/locale.tsx';
import { isLocale } from '../../paraglide/runtime.js';
import { ScanPage } from '../../features/scan/components/scan-page.tsx';
import { useFrameHeight } from './use-frame-height.ts';
import { ScanSentPanel } from './scan-sent-panel.tsx';

/**
 * /embed: the scan inside a frame on the VA's own site (see the snippet in the back office's
 * settings). The same scan, without the header that links to our own pages: only the language
 * switch. The frame takes the content's height (useFrameHeight + embed.js). After sending, the
 * result is not squeezed into the frame: a link opens it full-page.
 */
export function EmbedPage() {
  const { suggestLocale } = useLocale();
  const search = useSearch();
  const content = useRef<HTMLDivElement>(null);
  const [resultPath, setResultPath] = useState<string | null>(null);
  useFrameHeight(content);
  useVaBrandColour();

  // The snippet may ask for English (…/embed?lang=en); a visitor's own choice still wins.
  const requested = new URLSearchParams(search).get('lang');
  useLayoutEffect(() => {
    if (isLocale(requested)) suggestLocale(requested);
  }, [requested, suggestLocale]);

  return (
    // flow-root: the children's margins count in the measured height.
    <div ref={content} className="flow-root">
      <div className="mx-auto flex w-full max-w-2xl justify-end px-4 pt-3">
        <LanguageSwitch />
      </div>
      <RouteErrorBoundary>
        {resultPath ? <ScanSentPanel resultPath={resultPath} /> : <ScanPage onSubmitted={setResultPath} />}
      </RouteErrorBoundary>
    </div>
  );
}
