import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { checkPlausibility } from '#shared/delegation/plausibility.ts';
import { formatHours } from '#shared/format/format.ts';
import { useFieldArray, useWatch } from 'react-hook-form';
import { CustomTaskAnswer, MAX_CUSTOM_TASKS } from '#shared/schemas/intake.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FieldMessage, SelectField, TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useScanConfig } from '../../../lib/get-scan-config.ts';
import { useScanStepForm, type StepComponentProps } from '../hooks/use-scan-step-form.ts';
import { emptyTaskAnswers, type TasksFormValues } from '../utils/form-values.ts';
import { hoursToMinutes } from '../utils/parse-number.ts';
import { PICKER_ERROR_PATH, TOTAL_ERROR_PATH } from '../utils/validation.ts';
import { PlausibilityWarning } from './plausibility-warning.tsx';
import { StepForm } from './step-form.tsx';
import { TaskCard } from './task-card.tsx';
import { TaskPicker } from './task-picker.tsx';

/** The hours typed, as minutes a month (0 for what does not read as a number yet). */
function typedMinutes(tasks: TasksFormValues): number {
  return [...tasks.catalogueTasks, ...tasks.customTasks].reduce((sum, task) => {
    const minutes = hoursToMinutes(task.hours);
    return Number.isFinite(minutes) && minutes > 0 ? sum + minutes : sum;
  }, 0);
}

export function TasksStep({
  values,
  onChange,
  onNext,
  onBack,
  problems,
  autoFocusHeading,
  hoursPerWeek,
}: StepComponentProps<'tasks'> & {
  /** From step 1, to hold the task hours against (undefined when not a number). */
  hoursPerWeek: number | undefined;
}) {
  const { locale } = useLocale();
  const config = useScanConfig();
  const catalogue = config.data?.catalogue;
  const { form, formRef, submitWith, errorText } = useScanStepForm('tasks', { values, onChange, problems });
  const { register, control, getValues, clearErrors } = form;
  const picked = useFieldArray({ control, name: 'catalogueTasks' });
  const own = useFieldArray({ control, name: 'customTasks' });
  // An own task's card is titled with what the prospect types.
  const ownValues = useWatch({ control, name: 'customTasks' });
  const pickedValues = useWatch({ control, name: 'catalogueTasks' });
  // The total the prospect confirmed after the warning: warn again only for another total.
  const [confirmedMinutes, setConfirmedMinutes] = useState<number | null>(null);
  const [warning, setWarning] = useState<{ taskMinutes: number; workedMinutes: number } | null>(null);
  const weeklyHint = (hours: string | undefined) => {
    const minutes = hoursToMinutes(hours ?? '');
    // Only for hours the scan accepts: next to an error, a per-week figure would only confuse.
    if (!CustomTaskAnswer.shape.minutesPerMonth.safeParse(minutes).success) return undefined;
    return m.scan_task_hours_per_week({ hours: formatHours(Math.round((minutes * 12) / 52), locale) });
  };
  const next = (checked: TasksFormValues) => {
    const taskMinutes = typedMinutes(checked);
    const plausibility = checkPlausibility(taskMinutes, hoursPerWeek);
    if (plausibility.kind === 'more-than-worked' && confirmedMinutes !== taskMinutes) {
      setWarning({ taskMinutes, workedMinutes: plausibility.workedMinutes });
      return;
    }
    setWarning(null);
    onNext(checked);
  };
  const detailsHeading = useRef<HTMLHeadingElement>(null);

  // A task the VA has since removed from her catalogue cannot be sent: drop it quietly, once
  // the catalogue has arrived.
  const dropUnknownTasks = useEffectEvent((known: ReadonlySet<string>) => {
    const unknown = picked.fields.flatMap((task, index) => (known.has(task.taskId) ? [] : [index]));
    if (unknown.length > 0) picked.remove(unknown);
  });
  useEffect(() => {
    if (catalogue) dropUnknownTasks(new Set(catalogue.tasks.map((task) => task.id)));
  }, [catalogue]);

  const pickedIds = new Set(picked.fields.map((task) => task.taskId));
  const toggleTask = (taskId: string) => {
    const index = picked.fields.findIndex((task) => task.taskId === taskId);
    if (index >= 0) {
      picked.remove(index);
      return;
    }
    // Focus stays in the picker, where the prospect may pick more.
    picked.append({ taskId, ...emptyTaskAnswers() }, { shouldFocus: false });
    clearErrors(PICKER_ERROR_PATH);
  };

  const addCustomTask = () => {
    own.append(
      { label: '', categoryId: '', ...emptyTaskAnswers() },
      { focusName: `customTasks.${own.fields.length}.label` },
    );
    clearErrors(PICKER_ERROR_PATH);
  };

  /** Remove a task from its card; focus goes to the list's heading, not lost with the card. */
  const removeFromCard = (remove: () => void) => {
    remove();
    detailsHeading.current?.focus();
  };

  const taskById = new Map(catalogue?.tasks.map((task) => [task.id, task]));
  const categoryLabel = (categoryId: string) =>
    catalogue?.categories.find((category) => category.id === categoryId)?.label[locale];
  const hasTasks = picked.fields.length + own.fields.length > 0;

  return (
    <StepForm
      title={m.scan_step_tasks()}
      intro={m.scan_tasks_intro()}
      autoFocusHeading={autoFocusHeading}
      formRef={formRef}
      onSubmit={submitWith(next)}
      onBack={onBack ? () => onBack(getValues()) : undefined}
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
        {own.fields.length < MAX_CUSTOM_TASKS ? (
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
              {picked.fields.map((task, index) => {
                const entry = taskById.get(task.taskId);
                return (
                  <TaskCard
                    key={task.id}
                    basePath={`catalogueTasks.${index}`}
                    title={entry?.label[locale] ?? task.taskId}
                    subtitle={entry ? categoryLabel(entry.categoryId) : undefined}
                    weeklyHint={weeklyHint(pickedValues[index]?.hours)}
                    register={register}
                    errorText={errorText}
                    onRemove={() => removeFromCard(() => picked.remove(index))}
                  />
                );
              })}
              {own.fields.map((task, index) => (
                <TaskCard
                  key={task.id}
                  basePath={`customTasks.${index}`}
                  title={ownValues[index]?.label.trim() || m.scan_task_untitled()}
                  subtitle={m.scan_tasks_own_task()}
                  weeklyHint={weeklyHint(ownValues[index]?.hours)}
                  register={register}
                  errorText={errorText}
                  onRemove={() => removeFromCard(() => own.remove(index))}
                >
                  <TextField
                    label={m.scan_task_label()}
                    maxLength={80}
                    error={errorText(`customTasks.${index}.label`)}
                    {...register(`customTasks.${index}.label`)}
                  />
                  <SelectField
                    label={m.scan_task_category()}
                    placeholder={m.scan_task_category_placeholder()}
                    options={(catalogue?.categories ?? []).map((category) => ({
                      value: category.id,
                      label: category.label[locale],
                    }))}
                    error={errorText(`customTasks.${index}.categoryId`)}
                    {...register(`customTasks.${index}.categoryId`)}
                  />
                </TaskCard>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1 text-stone-700">{m.scan_tasks_details_empty()}</p>
        )}
      </section>
      {errorText(TOTAL_ERROR_PATH) ? (
        <div tabIndex={-1} data-error-focus="true">
          <FieldMessage id="task-total-error">{errorText(TOTAL_ERROR_PATH)}</FieldMessage>
        </div>
      ) : null}
      {warning ? (
        <PlausibilityWarning
          taskMinutes={warning.taskMinutes}
          workedMinutes={warning.workedMinutes}
          hoursPerWeek={hoursPerWeek ?? 0}
          onFix={() => {
            setWarning(null);
            detailsHeading.current?.focus();
          }}
          onContinue={() => {
            setConfirmedMinutes(warning.taskMinutes);
            setWarning(null);
            onNext(getValues());
          }}
        />
      ) : null}
    </StepForm>
  );
}
