import { useState } from 'react';
import type { Catalogue } from '#shared/delegation/catalogue-types.ts';
import type { Locale } from '#shared/schemas/common.ts';
import { FieldMessage } from '../../../components/ui/field.tsx';
import { m } from '../../../paraglide/messages.js';

type TaskPickerProps = {
  catalogue: Catalogue;
  locale: Locale;
  pickedIds: ReadonlySet<string>;
  onToggle: (taskId: string) => void;
  error?: string | undefined;
};

const ERROR_ID = 'task-picker-error';

/**
 * The catalogue as one collapsible section per category, so a phone shows eight short rows
 * instead of forty tasks. Categories with picked tasks (or the first, on a fresh start) open.
 */
export function TaskPicker({ catalogue, locale, pickedIds, onToggle, error }: TaskPickerProps) {
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => {
    const withPicks = catalogue.categories
      .filter((category) => catalogue.tasks.some((t) => t.categoryId === category.id && pickedIds.has(t.id)))
      .map((category) => category.id);
    const first = catalogue.categories[0]?.id;
    return new Set(withPicks.length > 0 ? withPicks : first ? [first] : []);
  });

  const toggleOpen = (categoryId: string) =>
    setOpenIds((current) => {
      const next = new Set(current);
      if (next.has(categoryId)) next.delete(categoryId);
      else next.add(categoryId);
      return next;
    });

  return (
    <fieldset aria-describedby={error ? ERROR_ID : undefined}>
      <legend className="text-lg font-semibold text-stone-900">
        <h2>{m.scan_tasks_pick_legend()}</h2>
      </legend>
      {error ? <FieldMessage id={ERROR_ID}>{error}</FieldMessage> : null}
      <ul className={`mt-3 divide-y divide-stone-200 rounded-xl border bg-white ${error ? 'border-red-700' : 'border-stone-300'}`}>
        {catalogue.categories.map((category, index) => {
          const tasks = catalogue.tasks.filter((task) => task.categoryId === category.id);
          if (tasks.length === 0) return null;
          const open = openIds.has(category.id);
          const pickedCount = tasks.filter((task) => pickedIds.has(task.id)).length;
          const panelId = `task-category-${category.id}`;
          return (
            <li key={category.id}>
              <h3>
                <button
                  type="button"
                  aria-expanded={open}
                  aria-controls={panelId}
                  aria-describedby={error ? ERROR_ID : undefined}
                  data-error-focus={error && index === 0 ? 'true' : undefined}
                  onClick={() => toggleOpen(category.id)}
                  className="flex min-h-12 w-full items-center gap-3 px-4 py-3 text-left font-medium text-stone-900 hover:bg-stone-50"
                >
                  <span className="flex-1">{category.label[locale]}</span>
                  {pickedCount > 0 ? (
                    <span className="rounded-full bg-brand-100 px-2 py-0.5 text-sm font-semibold text-brand-800">
                      {m.scan_tasks_picked_in_category({ count: pickedCount })}
                    </span>
                  ) : null}
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 20 20"
                    className={`size-5 shrink-0 fill-stone-600 transition-transform ${open ? 'rotate-180' : ''}`}
                  >
                    <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
                  </svg>
                </button>
              </h3>
              {open ? (
                <ul id={panelId} className="space-y-1 px-2 pb-3">
                  {tasks.map((task) => {
                    const nameId = `task-${task.id}-name`;
                    const hintId = `task-${task.id}-hint`;
                    return (
                      <li key={task.id}>
                        <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg px-2 py-2 hover:bg-stone-50 has-checked:bg-brand-50">
                          <input
                            type="checkbox"
                            checked={pickedIds.has(task.id)}
                            onChange={() => onToggle(task.id)}
                            aria-labelledby={nameId}
                            aria-describedby={hintId}
                            className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-600"
                          />
                          <span>
                            <span id={nameId} className="font-medium text-stone-900">
                              {task.label[locale]}
                            </span>
                            <span id={hintId} className="block text-sm text-stone-600">
                              {task.hint[locale]}
                            </span>
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
