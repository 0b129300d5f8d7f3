import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import type { ResultView as ResultViewData } from '#shared/schemas/result.ts';
import { RootLayout } from './root-layout.tsx';
import { staticMarkup } from './static-markup.ts';
import { LocaleProvider } from '../i18n/locale.tsx';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime.js';
import { ResultView } from '../features/result/components/result-view.tsx';

/**
 * A result link's page as HTML, rendered by the server when it answers /r/<token>
 * (server/lib/serve-client.ts, docs/decisions/0031-result-page-in-its-html.md): the layout and
 * the result, in the language the scan was taken in, so the prospect reads it at the first paint
 * instead of after the app's code and the answer have arrived. React does not hydrate it:
 * main.tsx renders the app over it (the same markup) once the result page's code is there.
 * Until then it is `inert`. Rendered synchronously, so the locale set here is this render's.
 */
export function renderResultFirstPaint(view: ResultViewData, links: { resultUrl: string; pdfHref: string }): string {
  const appLocale = getLocale;
  overwriteGetLocale(() => view.locale);
  try {
    return staticMarkup(
      renderToString(
        <Router ssrPath={new URL(links.resultUrl).pathname}>
          <LocaleProvider>
            <RootLayout>
              <ResultView
                view={view}
                pdfHref={links.pdfHref}
                eraseStatus="idle"
                onErase={() => {}}
                emailLinkStatus="idle"
                onEmailLink={() => {}}
                resultUrl={links.resultUrl}
              />
            </RootLayout>
          </LocaleProvider>
        </Router>,
      ),
    );
  } finally {
    overwriteGetLocale(appLocale);
  }
}
