import { formatCents, formatHours } from '#shared/format/format.ts';
import type { DelegationResultV1 as DelegationResult } from '#shared/schemas/result-v1.ts';
import { useLocale } from '../../../../i18n/locale.tsx';
import { m } from '../../../../paraglide/messages.js';
import { localized, startPreferenceText } from '../result-labels.ts';

/** How to begin: the prospect's preference, the package that fits and the first tasks. */
export function SuggestedStart({ result }: { result: DelegationResult }) {
  const { locale } = useLocale();
  const start = result.suggestedStart;
  const tasksByKey = new Map(result.tasks.map((task) => [task.key, task] as const));
  const firstTasks = start.firstTaskKeys.flatMap((key) => {
    const task = tasksByKey.get(key);
    return task ? [task] : [];
  });
  const va = formatHours(start.vaMinutesPerMonth, locale);
  const pkg = start.package;

  return (
    <section aria-labelledby="result-start-heading" className="break-inside-avoid">
      <h2 id="result-start-heading" className="text-xl font-semibold text-stone-900">
        {m.result_start_heading()}
      </h2>
      <dl className="mt-3 space-y-4 rounded-xl border border-stone-200 bg-white p-4">
        <div>
          <dt className="text-sm font-medium text-stone-700">{m.result_start_preference_label()}</dt>
          <dd className="mt-0.5 font-medium text-stone-900">{startPreferenceText(start.preference)}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-stone-700">{m.result_start_package_label()}</dt>
          {pkg ? (
            <>
              <dd className="mt-0.5 font-medium text-stone-900">
                {m.result_start_package({
                  hours: formatHours(pkg.hoursPerMonth * 60, locale),
                  price: formatCents(pkg.priceCents, locale),
                })}
              </dd>
              <dd className="mt-1 text-sm text-stone-700">
                {pkg.hoursPerMonth * 60 >= start.vaMinutesPerMonth
                  ? m.result_start_package_fits({ va })
                  : m.result_start_package_over({ va })}
              </dd>
            </>
          ) : (
            <dd className="mt-0.5 text-stone-900">{m.result_start_no_package()}</dd>
          )}
        </div>
        <div>
          <dt className="text-sm font-medium text-stone-700">{m.result_start_first_tasks_label()}</dt>
          {firstTasks.length > 0 ? (
            <dd>
              <ol className="mt-1 list-decimal space-y-1 pl-5 font-medium text-stone-900">
                {firstTasks.map((task) => (
                  <li key={task.key}>{localized(task.label, locale)}</li>
                ))}
              </ol>
            </dd>
          ) : (
            <dd className="mt-0.5 text-stone-900">{m.result_start_no_first_tasks()}</dd>
          )}
        </div>
      </dl>
    </section>
  );
}
