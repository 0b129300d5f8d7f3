import { formatHours } from '#shared/format/format.ts';
import type { OwnTaskResult } from '#shared/schemas/result.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { localized } from './result-labels.ts';

/** The tasks the prospect typed: not guessed at, kept for the intro call, outside the figures. */
export function OwnTasks({ tasks }: { tasks: readonly OwnTaskResult[] }) {
  const { locale } = useLocale();
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby="result-own-heading" className="break-inside-avoid rounded-xl border border-dashed border-stone-400 bg-white p-4">
      <h2 id="result-own-heading" className="text-lg font-semibold text-stone-900">
        {m.result_own_heading()}
      </h2>
      <p className="mt-1 text-stone-800">{m.result_own_intro()}</p>
      <ul role="list" className="mt-3 divide-y divide-stone-200">
        {tasks.map((task) => (
          <li key={task.key} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
            <span className="font-medium text-stone-900">{localized(task.label, locale)}</span>
            <span className="text-sm whitespace-nowrap text-stone-700">
              {m.result_task_hours({ hours: formatHours(task.minutesPerMonth, locale) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
