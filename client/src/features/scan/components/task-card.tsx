import { useId, type ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { FEELINGS, NEEDS_ME, SKILLS } from '#shared/schemas/intake-choices.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { FieldMessage, TextField, fieldIds } from '../../../components/ui/field.tsx';
import { m } from '../../../paraglide/messages.js';
import type { TasksFormValues } from '../utils/form-values.ts';
import { feelingLabels, needsMeLabels, skillLabels } from './later-option-labels.ts';
import { optionsOf } from './option-labels.ts';

type TaskCardProps = {
  basePath: `catalogueTasks.${number}` | `customTasks.${number}`;
  title: string;
  subtitle?: string | undefined;
  register: UseFormRegister<TasksFormValues>;
  /** The translated error at a form path, if any. */
  errorText: (path: string) => string | undefined;
  onRemove: () => void;
  /** The hours typed, per week: makes "per month" unmistakable as they type. */
  weeklyHint?: string | undefined;
  /** Extra fields above the answers (an own task's description and category). */
  children?: ReactNode;
};

/**
 * The answers for one picked task, compact enough for a phone: hours, then three short
 * choice rows. The task's name is part of every label for screen readers, since the same
 * questions repeat for each task.
 */
export function TaskCard({ basePath, title, subtitle, register, errorText, onRemove, weeklyHint, children }: TaskCardProps) {
  const titleId = useId();
  const taskName = <span className="sr-only"> ({title})</span>;
  const taskError = errorText(`${basePath}.taskId`);
  return (
    <li>
      <div role="group" aria-labelledby={titleId} className="rounded-xl border border-stone-300 bg-white p-4 shadow-sm">
        <div className="flex items-start justify-between gap-3">
          <div>
            <h3 id={titleId} className="font-semibold text-stone-900">
              {title}
            </h3>
            {subtitle ? <p className="text-sm text-stone-600">{subtitle}</p> : null}
          </div>
          <Button
            variant="quiet"
            className="-mr-2 -mt-2 shrink-0 px-2 text-sm"
            aria-label={m.scan_task_remove_label({ task: title })}
            onClick={onRemove}
          >
            <span aria-hidden="true">✕</span>
            {m.scan_task_remove()}
          </Button>
        </div>
        {taskError ? (
          <div tabIndex={-1} data-error-focus="true">
            <FieldMessage id={fieldIds(`${basePath}.taskId`).error}>{taskError}</FieldMessage>
          </div>
        ) : null}
        <div className="mt-3 space-y-4">
          {children}
          <TextField
            label={
              <>
                {m.scan_task_hours()}
                {taskName}
              </>
            }
            inputMode="decimal"
            autoComplete="off"
            width="short"
            layout="inline"
            hint={weeklyHint}
            error={errorText(`${basePath}.hours`)}
            {...register(`${basePath}.hours`)}
          />
          <ChoiceGroup
            type="radio"
            size="small"
            layout="wrap"
            legend={
              <>
                {m.scan_task_feeling()}
                {taskName}
              </>
            }
            error={errorText(`${basePath}.feeling`)}
            options={optionsOf(FEELINGS, feelingLabels)}
            inputProps={register(`${basePath}.feeling`)}
          />
          <ChoiceGroup
            type="radio"
            size="small"
            layout="wrap"
            legend={
              <>
                {m.scan_task_skill()}
                {taskName}
              </>
            }
            error={errorText(`${basePath}.skill`)}
            options={optionsOf(SKILLS, skillLabels)}
            inputProps={register(`${basePath}.skill`)}
          />
          <ChoiceGroup
            type="radio"
            size="small"
            layout="wrap"
            legend={
              <>
                {m.scan_task_needs_me()}
                {taskName}
              </>
            }
            error={errorText(`${basePath}.needsMe`)}
            options={optionsOf(NEEDS_ME, needsMeLabels)}
            inputProps={register(`${basePath}.needsMe`)}
          />
        </div>
      </div>
    </li>
  );
}
