import { baseLocale, getLocale, overwriteGetLocale, overwriteSetLocale, setLocale } from '../paraglide/runtime.js';

/**
 * Paraglide keeps the language in localStorage, and merely reading localStorage throws where
 * the browser blocks storage: above all in the embedded scan (a frame on the VA's site, where
 * many browsers block third-party storage), or when a visitor blocks all site data. The app
 * would not even start. There, the language lives in memory for this page view instead: Dutch
 * unless the visitor or the embed snippet (?lang=en) picks English.
 *
 * Imported by app.tsx before anything renders; the message functions call getLocale() through
 * the runtime's live binding, so they use this one.
 */
const getStoredLocale = getLocale;
const setStoredLocale = setLocale;
let localeInMemory: ReturnType<typeof getLocale> | undefined;

overwriteGetLocale(() => {
  if (localeInMemory !== undefined) return localeInMemory;
  try {
    return getStoredLocale();
  } catch {
    return baseLocale; // storage blocked and nothing chosen yet
  }
});

overwriteSetLocale((locale, options) => {
  try {
    const done = setStoredLocale(locale, options);
    localeInMemory = undefined;
    return done;
  } catch {
    localeInMemory = locale; // storage blocked: remembered for this page view
  }
});
