import { readFileSync } from 'node:fs';
import type { Locale } from '#shared/schemas/common.ts';

/**
 * The result page's words for the server (the PDF): the very messages the page shows
 * (messages/result/<locale>.json, which Paraglide compiles for the browser), read once. Only the
 * plain `{name}` placeholders those messages use are filled in.
 */
type Messages = Record<string, string>;

function load(locale: Locale): Messages {
  const url = new URL(`../../../messages/result/${locale}.json`, import.meta.url);
  const parsed = JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

const messages: Record<Locale, Messages> = { nl: load('nl'), en: load('en') };

export type ResultCopy = (key: string, values?: Record<string, string | number>) => string;

export function resultCopy(locale: Locale): ResultCopy {
  return (key, values = {}) => {
    const text = messages[locale][key];
    if (text === undefined) throw new Error(`No result message "${key}"`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}
