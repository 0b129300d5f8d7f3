import { Link } from 'wouter';
import { m } from '../paraglide/messages.js';
import { useLocale } from '../i18n/locale.tsx';

export function NotFoundPage() {
  useLocale();
  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-12">
      <title>{`${m.common_not_found_title()} – ${m.app_name()}`}</title>
      <h1 className="text-2xl font-semibold text-stone-900">{m.common_not_found_title()}</h1>
      <p className="mt-3 text-stone-700">{m.common_not_found_text()}</p>
      <Link
        href="/"
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {m.common_not_found_cta()}
      </Link>
    </main>
  );
}
