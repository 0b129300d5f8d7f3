import { useEffect, useRef } from 'react';
import { MAX_CUSTOM_TASKS } from '#shared/schemas/intake.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FieldMessage, SelectField, TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useScanConfig } from '../api/get-scan-config.ts';
import {
  errorsAfterRemove,
  useStepForm,
  withoutError,
  type StepComponentProps,
} from '../hooks/use-step-form.ts';
import { emptyTaskAnswers } from '../utils/form-values.ts';
import { PICKER_ERROR_PATH, type FieldErrorMap } from '../utils/validation.ts';
import { StepForm } from './step-form.tsx';
import { TaskCard } from './task-card.tsx';
import { TaskPicker } from './task-picker.tsx';

export function TasksStep({
  values,
  onChange,
  onNext,
  onBack,
  problems,
  autoFocusHeading,
}: StepComponentProps<'tasks'>) {
  const { locale } = useLocale();
  const config = useScanConfig();
  const catalogue = config.data?.catalogue;
  const form = useStepForm('tasks', { values, onChange, problems });
  const { text, formRef, submitWith, errorText, update, editErrors, focusField } = form;
  const { catalogueTasks, customTasks } = form.values;
  const detailsHeading = useRef<HTMLHeadingElement>(null);

  // A task the VA has since removed from her catalogue cannot be sent: drop it quietly.
  const currentValues = form.values;
  useEffect(() => {
    if (!catalogue) return;
    const known = new Set(catalogue.tasks.map((task) => task.id));
    const kept = currentValues.catalogueTasks.filter((task) => known.has(task.taskId));
    if (kept.length < currentValues.catalogueTasks.length) update({ ...currentValues, catalogueTasks: kept });
    // Only when the catalogue arrives, not on every change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalogue]);

  const withoutPickerError = (errors: FieldErrorMap) => withoutError(errors, PICKER_ERROR_PATH);

  const pickedIds = new Set(catalogueTasks.map((task) => task.taskId));
  const toggleTask = (taskId: string) => {
    const index = catalogueTasks.findIndex((task) => task.taskId === taskId);
    if (index >= 0) {
      removeTask('catalogueTasks', index);
      return;
    }
    update({ ...form.values, catalogueTasks: [...catalogueTasks, { taskId, ...emptyTaskAnswers() }] });
    editErrors(withoutPickerError);
  };

  const addCustomTask = () => {
    update({
      ...form.values,
      customTasks: [...customTasks, { label: '', categoryId: '', ...emptyTaskAnswers() }],
    });
    editErrors(withoutPickerError);
    focusField(`customTasks.${customTasks.length}.label`);
  };

  const removeTask = (list: 'catalogueTasks' | 'customTasks', index: number) => {
    update({ ...form.values, [list]: form.values[list].filter((_, i) => i !== index) });
    editErrors((errors) => errorsAfterRemove(errors, list, index));
  };

  const removeFromCard = (list: 'catalogueTasks' | 'customTasks', index: number) => {
    removeTask(list, index);
    detailsHeading.current?.focus();
  };

  const taskById = new Map(catalogue?.tasks.map((task) => [task.id, task]));
  const categoryLabel = (categoryId: string) =>
    catalogue?.categories.find((category) => category.id === categoryId)?.label[locale];
  const hasTasks = catalogueTasks.length + customTasks.length > 0;

  return (
    <StepForm
      title={m.scan_step_tasks()}
      intro={m.scan_tasks_intro()}
      autoFocusHeading={autoFocusHeading}
      formRef={formRef}
      onSubmit={submitWith(onNext)}
      onBack={onBack ? () => onBack(form.values) : undefined}
    >
      {catalogue ? (
        <TaskPicker
          catalogue={catalogue}
          locale={locale}
          pickedIds={pickedIds}
          onToggle={toggleTask}
          error={errorText(PICKER_ERROR_PATH)}
        />
      ) : config.isError ? (
        <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-red-800">
          <p>{m.scan_tasks_load_failed()}</p>
          <Button variant="secondary" className="mt-3" onClick={() => void config.refetch()}>
            {m.scan_tasks_retry()}
          </Button>
        </div>
      ) : (
        <p role="status" className="rounded-xl border border-stone-200 bg-white p-4 text-stone-700">
          {m.scan_tasks_loading()}
        </p>
      )}
      {!catalogue && errorText(PICKER_ERROR_PATH) ? (
        <div tabIndex={-1} data-error-focus="true">
          <FieldMessage id="task-picker-error">{errorText(PICKER_ERROR_PATH)}</FieldMessage>
        </div>
      ) : null}

      <section aria-labelledby="custom-tasks-heading" className="rounded-xl border border-dashed border-stone-400 p-4">
        <h2 id="custom-tasks-heading" className="font-semibold text-stone-900">
          {m.scan_tasks_custom_heading()}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{m.scan_tasks_custom_text()}</p>
        {customTasks.length < MAX_CUSTOM_TASKS ? (
          <Button variant="secondary" className="mt-3" onClick={addCustomTask}>
            <span aria-hidden="true">+</span>
            {m.scan_tasks_custom_add()}
          </Button>
        ) : (
          <p className="mt-3 text-sm text-stone-700">{m.scan_tasks_custom_limit({ max: MAX_CUSTOM_TASKS })}</p>
        )}
      </section>

      <section aria-labelledby="task-details-heading">
        <h2
          id="task-details-heading"
          ref={detailsHeading}
          tabIndex={-1}
          className="text-lg font-semibold text-stone-900"
        >
          {m.scan_tasks_details_heading()}
        </h2>
        {hasTasks ? (
          <>
            <p className="mt-1 text-stone-700">{m.scan_tasks_details_text()}</p>
            <ul className="mt-4 space-y-4">
              {catalogueTasks.map((picked, index) => {
                const task = taskById.get(picked.taskId);
                return (
                  <TaskCard
                    key={picked.taskId}
                    basePath={`catalogueTasks.${index}`}
                    title={task?.label[locale] ?? picked.taskId}
                    subtitle={task ? categoryLabel(task.categoryId) : undefined}
                    form={form}
                    onRemove={() => removeFromCard('catalogueTasks', index)}
                  />
                );
              })}
              {customTasks.map((own, index) => (
                <TaskCard
                  // Own tasks have no id; the inputs are controlled, so position is a safe key.
                  key={`custom-${index}`}
                  basePath={`customTasks.${index}`}
                  title={own.label.trim() || m.scan_task_untitled()}
                  subtitle={m.scan_tasks_own_task()}
                  form={form}
                  onRemove={() => removeFromCard('customTasks', index)}
                >
                  <TextField
                    label={m.scan_task_label()}
                    maxLength={80}
                    error={errorText(`customTasks.${index}.label`)}
                    {...text(`customTasks.${index}.label`)}
                  />
                  <SelectField
                    label={m.scan_task_category()}
                    placeholder={m.scan_task_category_placeholder()}
                    options={(catalogue?.categories ?? []).map((category) => ({
                      value: category.id,
                      label: category.label[locale],
                    }))}
                    error={errorText(`customTasks.${index}.categoryId`)}
                    {...text(`customTasks.${index}.categoryId`)}
                  />
                </TaskCard>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1 text-stone-700">{m.scan_tasks_details_empty()}</p>
        )}
      </section>
    </StepForm>
  );
}
