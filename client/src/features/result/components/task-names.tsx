import type { LocalizedText } from '#shared/schemas/common.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { localized } from './result-labels.ts';

/** A short list of task names under a plan step or trust agreement. */
export function TaskNames({
  keys,
  labels,
  label,
}: {
  keys: readonly string[];
  labels: ReadonlyMap<string, LocalizedText>;
  label: string;
}) {
  const { locale } = useLocale();
  const names = keys.flatMap((key) => {
    const text = labels.get(key);
    return text ? [{ key, name: localized(text, locale) }] : [];
  });
  if (names.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-stone-700">
      <span className="font-medium">{label}</span>{' '}
      {names.map(({ key, name }, index) => (
        <span key={key}>
          {index > 0 ? ' · ' : ''}
          {name}
        </span>
      ))}
    </p>
  );
}
