import type { Locale } from '#shared/schemas/common.ts';
import type { Insight, InsightTask } from '#shared/schemas/insight.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { formatCount } from '../utils/format-insight.ts';

/** The tasks prospects pick most, and those that most often turn out easy to hand over. */
export function TaskTables({ insight }: { insight: Insight }) {
  const min = String(insight.minPicksForDelegable);
  return (
    <div className="mt-10 grid gap-10 lg:grid-cols-2 lg:gap-8">
      <TaskTable
        id="insight-picked"
        heading={m.insight_tasks_picked_heading()}
        intro={m.insight_tasks_picked_intro()}
        empty={m.insight_tasks_empty()}
        tasks={insight.mostPicked}
        order="picks"
      />
      <TaskTable
        id="insight-delegable"
        heading={m.insight_tasks_delegable_heading()}
        intro={m.insight_tasks_delegable_intro({ min })}
        empty={m.insight_tasks_delegable_empty({ min })}
        tasks={insight.mostDelegable}
        order="delegable"
      />
    </div>
  );
}

type TaskTableProps = {
  id: string;
  heading: string;
  intro: string;
  empty: string;
  tasks: InsightTask[];
  /** Which figure the list is ranked by: that column comes first. */
  order: 'picks' | 'delegable';
};

function TaskTable({ id, heading, intro, empty, tasks, order }: TaskTableProps) {
  const { locale } = useLocale();
  const columns = order === 'picks' ? (['picks', 'delegable'] as const) : (['delegable', 'picks'] as const);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-stone-900">
        {heading}
      </h2>
      <p className="mt-1 text-stone-700">{intro}</p>
      {tasks.length === 0 ? (
        <p className="mt-3 rounded-xl border border-dashed border-stone-300 bg-white p-4 text-stone-700">{empty}</p>
      ) : (
        <div className="mt-3 rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{heading}</caption>
            <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">{m.insight_tasks_col_task()}</th>
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-3 py-2 text-right font-semibold">
                    {column === 'picks' ? m.insight_tasks_col_picks() : m.insight_tasks_col_delegable()}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {tasks.map((task) => (
                <tr key={task.taskId}>
                  <th scope="row" className="px-3 py-2 font-normal break-words text-stone-900">{labelOf(task, locale)}</th>
                  {columns.map((column) => (
                    <td key={column} className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                      {column === 'picks'
                        ? m.insight_tasks_picks({ count: formatCount(task.picks, locale) })
                        : m.insight_percent({ value: formatCount(task.delegablePercent, locale) })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function labelOf(task: InsightTask, locale: Locale): string {
  return task.label[locale];
}
