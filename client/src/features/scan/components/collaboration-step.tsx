import { CHANNELS, CONCERNS, START_PREFERENCES, UPDATE_FREQUENCIES } from '#shared/schemas/intake.ts';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useStepForm, type StepComponentProps } from '../hooks/use-step-form.ts';
import { channelLabels, concernLabels, frequencyLabels, optionsOf, startLabels } from './option-labels.ts';
import { StepForm } from './step-form.tsx';

export function CollaborationStep({
  values,
  onChange,
  onNext,
  onBack,
  problems,
  autoFocusHeading,
}: StepComponentProps<'collaboration'>) {
  useLocale();
  const form = useStepForm('collaboration', { values, onChange, problems });
  const { radio, checkboxes, formRef, submitWith, errorText } = form;

  return (
    <StepForm
      title={m.scan_step_collaboration()}
      intro={m.scan_collab_intro()}
      autoFocusHeading={autoFocusHeading}
      formRef={formRef}
      onSubmit={submitWith(onNext)}
      onBack={onBack ? () => onBack(form.values) : undefined}
    >
      <ChoiceGroup
        type="checkbox"
        name="channels"
        legend={m.scan_collab_channels()}
        hint={m.scan_collab_channels_hint()}
        error={errorText('channels')}
        options={optionsOf(CHANNELS, channelLabels)}
        getInputProps={checkboxes('channels')}
      />
      <ChoiceGroup
        type="radio"
        name="updateFrequency"
        legend={m.scan_collab_update_frequency()}
        error={errorText('updateFrequency')}
        options={optionsOf(UPDATE_FREQUENCIES, frequencyLabels)}
        getInputProps={radio('updateFrequency')}
      />
      <ChoiceGroup
        type="checkbox"
        name="concerns"
        legend={m.scan_collab_concerns()}
        hint={m.scan_collab_concerns_hint()}
        error={errorText('concerns')}
        options={optionsOf(CONCERNS, concernLabels)}
        getInputProps={checkboxes('concerns')}
      />
      <ChoiceGroup
        type="radio"
        name="startPreference"
        legend={m.scan_collab_start()}
        error={errorText('startPreference')}
        options={optionsOf(START_PREFERENCES, startLabels)}
        getInputProps={radio('startPreference')}
      />
    </StepForm>
  );
}
