import { m } from '../paraglide/messages.js';
import { useLocale } from '../i18n/locale.tsx';

/** Shown inside the layout when a page fails to render or its code fails to load. */
export function RouteErrorPage() {
  useLocale();
  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-12">
      <h1 className="text-2xl font-semibold text-stone-900">{m.common_error_title()}</h1>
      <p className="mt-3 text-stone-700">{m.common_error_text()}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {m.common_error_reload()}
      </button>
    </main>
  );
}
