import { CHANNELS, CONCERNS, START_PREFERENCES, UPDATE_FREQUENCIES } from '#shared/schemas/intake-choices.ts';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useScanStepForm, type StepComponentProps } from '../hooks/use-scan-step-form.ts';
import { channelLabels, concernLabels, frequencyLabels, startLabels } from './later-option-labels.ts';
import { optionsOf } from './option-labels.ts';
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
  const { form, formRef, submitWith, errorText } = useScanStepForm('collaboration', { values, onChange, problems });
  const { register, getValues } = form;

  return (
    <StepForm
      title={m.scan_step_collaboration()}
      intro={m.scan_collab_intro()}
      autoFocusHeading={autoFocusHeading}
      formRef={formRef}
      onSubmit={submitWith(onNext)}
      onBack={onBack ? () => onBack(getValues()) : undefined}
    >
      <ChoiceGroup
        type="checkbox"
        legend={m.scan_collab_channels()}
        hint={m.scan_collab_channels_hint()}
        error={errorText('channels')}
        options={optionsOf(CHANNELS, channelLabels)}
        inputProps={register('channels')}
      />
      <ChoiceGroup
        type="radio"
        legend={m.scan_collab_update_frequency()}
        error={errorText('updateFrequency')}
        options={optionsOf(UPDATE_FREQUENCIES, frequencyLabels)}
        inputProps={register('updateFrequency')}
      />
      <ChoiceGroup
        type="checkbox"
        legend={m.scan_collab_concerns()}
        hint={m.scan_collab_concerns_hint()}
        error={errorText('concerns')}
        options={optionsOf(CONCERNS, concernLabels)}
        inputProps={register('concerns')}
      />
      <ChoiceGroup
        type="radio"
        legend={m.scan_collab_start()}
        error={errorText('startPreference')}
        options={optionsOf(START_PREFERENCES, startLabels)}
        inputProps={register('startPreference')}
      />
    </StepForm>
  );
}
