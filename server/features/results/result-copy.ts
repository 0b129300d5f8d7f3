import type { Locale } from '#shared/schemas/common.ts';
import en from '../../../messages/result/en.json' with { type: 'json' };
import nl from '../../../messages/result/nl.json' with { type: 'json' };

/**
 * The result page's words for the server (the PDF): the very messages the page shows
 * (messages/result/<locale>.json, which Paraglide compiles for the browser), imported so the
 * server's build carries them. Only the plain `{name}` placeholders those messages use are filled in.
 */
type Messages = Record<string, string>;

function strings(parsed: Record<string, unknown>): Messages {
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

const messages: Record<Locale, Messages> = { nl: strings(nl), en: strings(en) };

export type ResultCopy = (key: string, values?: Record<string, string | number>) => string;

export function resultCopy(locale: Locale): ResultCopy {
  return (key, values = {}) => {
    const text = messages[locale][key];
    if (text === undefined) throw new Error(`No result message "${key}"`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}
