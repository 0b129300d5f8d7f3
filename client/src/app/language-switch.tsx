import type { Locale } from '#shared/schemas/common.ts';
import { LOCALES } from '#shared/schemas/locales.ts';
import { m } from '../paraglide/messages.js';
import { useLocale } from '../i18n/locale.tsx';

const names: Record<Locale, { short: string; full: () => string }> = {
  nl: { short: 'NL', full: m.common_language_nl },
  en: { short: 'EN', full: m.common_language_en },
};

/**
 * NL / EN as two toggle buttons. Switching re-renders in place (no reload), so a half-filled
 * form keeps its answers. Each language's name is spoken in that language (lang attribute).
 */
export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  return (
    <div role="group" aria-label={m.common_language_switch()} className="flex rounded-lg border border-stone-300 bg-white p-0.5">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={locale === option}
          onClick={() => setLocale(option)}
          className="min-h-10 min-w-11 rounded-md px-2.5 text-sm font-semibold text-stone-700 hover:bg-brand-50 aria-pressed:bg-brand-600 aria-pressed:text-white"
        >
          {names[option].short}
          <span className="sr-only"> {names[option].full()}</span>
        </button>
      ))}
    </div>
  );
}
