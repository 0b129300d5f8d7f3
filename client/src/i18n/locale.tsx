import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { getLocale, setLocale as setParaglideLocale } from '../paraglide/runtime.js';
import type { Locale } from '#shared/schemas/common.ts';

type LocaleContextValue = { locale: Locale; setLocale: (locale: Locale) => void };

const LocaleContext = createContext<LocaleContextValue | null>(null);

/**
 * Paraglide keeps the locale (localStorage, Dutch by default); this context makes React
 * re-render when it changes, without a page reload that would lose the form.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => getLocale());
  const setLocale = useCallback((next: Locale) => {
    setParaglideLocale(next, { reload: false });
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** Every component that renders translated text calls this, so it re-renders on a switch. */
export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale needs a LocaleProvider');
  return value;
}
