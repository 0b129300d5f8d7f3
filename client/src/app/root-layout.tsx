import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { m } from '../paraglide/messages.js';
import { useLocale } from '../i18n/locale.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/** Every page: a slim header with the scan's name and the language switch. Pages render <main>. */
export function RootLayout() {
  const { locale } = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-stone-200 bg-white print:hidden">
        <div className="mx-auto flex w-full max-w-2xl items-center justify-between gap-3 px-4 py-2">
          <Link to="/" className="flex min-h-11 items-center gap-2 rounded font-semibold text-brand-800">
            <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
              ✓
            </span>
            {m.app_name()}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <Outlet />
    </div>
  );
}
