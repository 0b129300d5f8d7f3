import { useLayoutEffect, type FormEventHandler, type RefObject } from 'react';
import { useWatch } from 'react-hook-form';
import { useScanStepForm, type StepComponentProps } from '../hooks/use-scan-step-form.ts';
import { AboutFields } from './about-step.tsx';

type AboutStepFormProps = Omit<StepComponentProps<'about'>, 'autoFocusHeading'> & {
  formRef: RefObject<HTMLFormElement | null>;
  /** Where this form hands its submit handler to the step's frame (about-step.tsx). */
  submitRef: RefObject<FormEventHandler<HTMLFormElement> | null>;
};

/**
 * Step 1's react-hook-form form, loaded right after the first paint (about-step.tsx renders the
 * same fields without it until then, decision 0028). `values` are what the fields held when it
 * arrived.
 */
export function AboutStepForm({ values, onChange, onNext, problems, formRef, submitRef }: AboutStepFormProps) {
  const { form, submitWith, errorText } = useScanStepForm('about', { values, onChange, problems, formRef });
  const { register, control } = form;
  const businessKind = useWatch({ control, name: 'businessKind' });
  const onSubmit = submitWith(onNext);
  useLayoutEffect(() => {
    submitRef.current = onSubmit;
  });
  return <AboutFields register={register} errorText={errorText} businessKind={businessKind} />;
}
