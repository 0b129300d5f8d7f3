import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { getLocale, setLocale as setParaglideLocale } from '../paraglide/runtime.js';
import type { Locale } from '#shared/schemas/common.ts';

type LocaleContextValue = {
  locale: Locale;
  /** The visitor's own choice (the language switch): remembered on this device. */
  setLocale: (locale: Locale) => void;
  /** A default from the content (e.g. the language a result was made in): only if the visitor never chose. */
  suggestLocale: (locale: Locale) => void;
};

const LocaleContext = createContext<LocaleContextValue | null>(null);

// Paraglide stores whatever locale it resolves first, so its own key cannot tell a choice
// from a default; this one is written only when the visitor picks a language.
const CHOSEN_KEY = 'delegatiescan:locale-chosen';

function visitorHasChosen(): boolean {
  try {
    return localStorage.getItem(CHOSEN_KEY) === '1';
  } catch {
    return false; // storage blocked: nothing was remembered either
  }
}

/**
 * Paraglide keeps the locale (localStorage, Dutch by default); this context makes React
 * re-render when it changes, without a page reload that would lose the form.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => getLocale());
  const apply = useCallback((next: Locale) => {
    setParaglideLocale(next, { reload: false });
    setLocaleState(next);
  }, []);
  // The page's language follows the locale from the first render on, whichever layout shows it.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback(
    (next: Locale) => {
      try {
        localStorage.setItem(CHOSEN_KEY, '1');
      } catch {
        // storage blocked: the choice holds for this page view only
      }
      apply(next);
    },
    [apply],
  );
  const suggestLocale = useCallback(
    (next: Locale) => {
      if (!visitorHasChosen()) apply(next);
    },
    [apply],
  );
  const value = useMemo(() => ({ locale, setLocale, suggestLocale }), [locale, setLocale, suggestLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** Every component that renders translated text calls this, so it re-renders on a switch. */
export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale needs a LocaleProvider');
  return value;
}
