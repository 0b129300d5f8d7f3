import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { ProgressBar } from '../../../components/ui/progress-bar.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { parseDecimal } from '../../../lib/parse-decimal.ts';
import { preloadable } from '../../../lib/preloadable.tsx';
import { preloadQueryLayer, QueryGate } from '../../../lib/query-layer.tsx';
import { m } from '../../../paraglide/messages.js';
import { createIntake } from '../api/create-intake.ts';
import { useScanCounting } from '../hooks/use-scan-counting.ts';
import { useScanDraft } from '../hooks/use-scan-draft.ts';
import { preloadStepChecks } from '../hooks/step-checks.ts';
import { useStepHistory } from '../hooks/use-step-history.ts';
import { loadDraftCheck } from '../utils/draft-storage.ts';
import { STEPS, type ScanFormValues, type StepKey } from '../utils/form-values.ts';
import type * as Validation from '../utils/validation.ts';
import type { StepProblems } from '../utils/validation.ts';
import { AboutStep, preloadAboutForm } from './about-step.tsx';
import { stepTitles } from './option-labels.ts';
import { ResumeLater } from './resume-later.tsx';

// The first load is step 1 only (docs/decisions/0016-scan-first-load-budget.md and 0028):
// steps 2-4, the checks (zod and the schemas), the final check and react-query (with the
// prefetch of the catalogue) load right after the first paint (preloadLaterSteps), before the
// prospect can press Next.
const loadTasksStep = () => import('./tasks-step.tsx');
const loadCollaborationStep = () => import('./collaboration-step.tsx');
const loadContactStep = () => import('./contact-step.tsx');
const loadValidation = () => import('../utils/validation.ts');
const TasksStep = lazy(() => loadTasksStep().then((module) => ({ default: module.TasksStep })));
const CollaborationStep = lazy(() => loadCollaborationStep().then((module) => ({ default: module.CollaborationStep })));
const ContactStep = lazy(() => loadContactStep().then((module) => ({ default: module.ContactStep })));
const PrefetchScanConfig = preloadable(() => import('./prefetch-scan-config.tsx').then((module) => module.PrefetchScanConfig));

// In three rounds, each fetched once the one before has run: the checks (zod and the shared
// schemas, which most of the rest imports), then step 1's form and react-query, then steps 2-4.
// Asked for all at once, every chunk waited for the shared one and the browser then ran them all
// in one long task (~130 ms on a throttled phone: most of the scan's Total Blocking Time); a
// round at a time, each runs in tasks of its own. Still well before a prospect's first Next.
const laterCodeRounds = [
  [preloadStepChecks],
  [preloadAboutForm, preloadQueryLayer, PrefetchScanConfig.preload],
  [loadValidation, loadTasksStep, loadCollaborationStep, loadContactStep],
];

async function preloadLaterSteps() {
  // A failed preload is retried when the step is shown (and then reported by the error boundary).
  for (const round of laterCodeRounds) await Promise.allSettled(round.map((load) => load()));
}

/**
 * All of the scan's code loaded: what the browser has shortly after the first paint (and the
 * draft check). For tests, so that they do not race those loads.
 */
export async function preloadScanCode(): Promise<void> {
  await Promise.all([...laterCodeRounds.flat().map((load) => load()), loadDraftCheck()]);
}

/** Step 1's hours per week as a number, when it reads as one. */
function wholeNumber(text: string): number | undefined {
  const value = parseDecimal(text);
  return value === null ? undefined : value;
}

type SubmitFailure = 'failed' | 'offline' | 'conflict' | 'too-large' | 'too-fast';

const submitFailureText: Record<SubmitFailure, () => string> = {
  failed: m.scan_submit_failed,
  offline: m.scan_submit_offline,
  conflict: m.scan_submit_conflict,
  'too-large': m.scan_submit_too_large,
  'too-fast': m.scan_submit_too_fast,
};

type ScanPageProps = {
  /**
   * Embedded on another site (/embed): called with the result's path after a successful send,
   * instead of going there (the page around the scan shows a link that opens it full-page).
   */
  onSubmitted?: (resultPath: string) => void;
};

/**
 * The scan: one step per screen, the draft autosaved in the browser, and on the last step
 * one send (idempotent) that leads to the result page.
 */
export function ScanPage({ onSubmitted }: ScanPageProps = {}) {
  const { locale } = useLocale();
  const [, navigate] = useLocation();
  const {
    draft,
    getLatest,
    saveStepValues,
    goToStep,
    renewIdempotencyKey,
    setStartStamp,
    markStepReported,
    discard,
    startOver,
    resumed,
    discarded,
  } = useScanDraft();
  // Shown until the prospect moves on or starts again; a new generation remounts the steps.
  const [greeting, setGreeting] = useState<'welcome-back' | 'reset' | null>(
    resumed ? 'welcome-back' : discarded ? 'reset' : null,
  );
  const [generation, setGeneration] = useState(0);
  const { begin } = useScanCounting({ draft, getLatest, setStartStamp, markStepReported });
  // The contact step's honeypot (honeypot-field.tsx): read once, when sending.
  const honeypot = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<StepProblems>({});
  const [submitFailure, setSubmitFailure] = useState<SubmitFailure | null>(null);
  // Set synchronously on the first press: a double click must not send twice. It stays set
  // after success, while the result page loads.
  const sending = useRef(false);
  // Shown on the button: from the request until the result page shows (or the send failed).
  const [submitting, setSubmitting] = useState(false);
  // Focus the step heading only after the prospect moved, not on the first load.
  const [moved, setMoved] = useState(false);

  // Fetch the code of the later steps (and, through PrefetchScanConfig below, the catalogue)
  // while the prospect answers step 1, so step 2 is ready.
  useEffect(() => {
    void preloadLaterSteps();
  }, []);

  const stepIndex = draft.step;
  const step = STEPS[stepIndex] ?? 'about';

  // Every step change shows the step with fresh problems and focuses its heading.
  const showStep = useCallback(
    (index: number) => {
      setProblems({});
      setMoved(true);
      setGreeting(null);
      goToStep(index);
    },
    [goToStep],
  );
  const steps = useStepHistory(stepIndex, showStep);
  const moveTo = (index: number, stepProblems: StepProblems) => {
    steps.jump(index);
    setProblems(stepProblems);
  };

  const next = <K extends StepKey>(key: K) => (values: ScanFormValues[K]) => {
    begin();
    saveStepValues(key, values);
    steps.forward(STEPS.indexOf(key) + 1);
  };
  const back = <K extends StepKey>(key: K) => (values: ScanFormValues[K]) => {
    saveStepValues(key, values);
    steps.back(STEPS.indexOf(key) - 1);
  };
  const change = <K extends StepKey>(key: K) => (values: ScanFormValues[K]) => {
    begin();
    saveStepValues(key, values);
  };

  /** Send problems back to the step they belong to, and show them there. */
  const showProblems = ({ firstStepWithProblems }: typeof Validation, found: StepProblems) => {
    const first = firstStepWithProblems(found);
    if (!first) return false;
    const index = STEPS.indexOf(first);
    if (index === stepIndex) setProblems(found);
    else moveTo(index, found);
    return true;
  };

  const submit = async (contact: ScanFormValues['contact']) => {
    if (sending.current) return;
    // Set before the (already loaded) checks are awaited, so a second press waits too.
    sending.current = true;
    saveStepValues('contact', contact);
    setSubmitFailure(null);
    const { values, idempotencyKey, startStamp } = getLatest();
    let validation: typeof Validation;
    try {
      validation = await loadValidation();
    } catch {
      sending.current = false;
      setSubmitFailure('offline');
      return;
    }
    const checked = validation.validateScan(values, locale);
    if (!checked.success) {
      sending.current = false;
      showProblems(validation, checked.problems);
      return;
    }
    const website = honeypot.current?.value ?? '';
    const input = { ...checked.data, startStamp: startStamp ?? undefined, ...(website ? { website } : {}) };
    // One request, not a react-query mutation: the send needs no cache, and react-query is not
    // in the first load (lib/query-layer.tsx).
    setSubmitting(true);
    let resultPath: string;
    try {
      ({ resultPath } = await createIntake({ input, idempotencyKey }));
    } catch (error) {
      sending.current = false;
      setSubmitting(false);
      if (!(error instanceof ApiRequestError)) {
        // fetch rejects with a TypeError when there is no connection.
        setSubmitFailure(error instanceof TypeError ? 'offline' : 'failed');
      } else if (error.status === 422 && showProblems(validation, validation.problemsFromServer(error.issues, values))) {
        // Shown on the fields.
      } else if (error.code === 'too_fast' || error.code === 'scan_start_invalid') {
        // Sent before a person could have filled it in, or without a start the server knows:
        // a fresh start (if needed), and the prospect sends again in a little while.
        if (error.code === 'scan_start_invalid') {
          setStartStamp(null);
          begin();
        }
        setSubmitFailure('too-fast');
      } else if (error.status === 409) {
        renewIdempotencyKey();
        setSubmitFailure('conflict');
      } else if (error.status === 413) {
        setSubmitFailure('too-large');
      } else {
        setSubmitFailure('failed');
      }
      return;
    }
    discard();
    if (onSubmitted) onSubmitted(resultPath);
    else navigate(resultPath);
  };

  const common = {
    problems: problems[step],
    autoFocusHeading: moved,
  };
  const restart = () => {
    startOver();
    steps.jump(0);
    setGreeting(null);
    setGeneration((value) => value + 1);
  };

  const stepView =
    step === 'about' ? (
      <AboutStep key={`about-${generation}`} {...common} values={draft.values.about} onChange={change('about')} onNext={next('about')} />
    ) : step === 'tasks' ? (
      <TasksStep
        key={`tasks-${generation}`}
        {...common}
        values={draft.values.tasks}
        onChange={change('tasks')}
        onNext={next('tasks')}
        onBack={back('tasks')}
        hoursPerWeek={wholeNumber(draft.values.about.hoursPerWeek)}
      />
    ) : step === 'collaboration' ? (
      <CollaborationStep
        key={`collaboration-${generation}`}
        {...common}
        values={draft.values.collaboration}
        onChange={change('collaboration')}
        onNext={next('collaboration')}
        onBack={back('collaboration')}
      />
    ) : (
      <ContactStep
        key={`contact-${generation}`}
        {...common}
        values={draft.values.contact}
        onChange={change('contact')}
        onNext={(values) => void submit(values)}
        onBack={back('contact')}
        submitting={submitting}
        submitError={submitFailure ? submitFailureText[submitFailure]() : undefined}
        honeypotRef={honeypot}
      />
    );

  return (
    <main className="mx-auto w-full max-w-2xl px-4 pb-16 pt-6 sm:pt-10">
      <title>
        {m.scan_document_title({ step: stepIndex + 1, total: STEPS.length, title: stepTitles[step]() })}
      </title>
      {stepIndex === 0 ? (
        <div className="mb-6 rounded-2xl bg-brand-50 p-5 ring-1 ring-brand-100">
          <p className="text-lg font-semibold text-brand-800">{m.scan_intro_heading()}</p>
          <p className="mt-2 text-stone-700">{m.scan_intro_text()}</p>
        </div>
      ) : null}
      <ProgressBar
        value={stepIndex + 1}
        max={STEPS.length}
        label={m.scan_progress_label({ step: stepIndex + 1, total: STEPS.length })}
        detail={stepTitles[step]()}
      />
      {greeting === 'welcome-back' ? (
        <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-brand-100 bg-brand-50 p-4 text-stone-900">
          <p>{m.scan_welcome_back()}</p>
          <button
            type="button"
            onClick={restart}
            className="min-h-11 font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900"
          >
            {m.scan_welcome_back_restart()}
          </button>
        </div>
      ) : greeting === 'reset' ? (
        <p className="mt-4 rounded-xl border border-amber-300 bg-amber-50 p-4 text-stone-900">
          {m.scan_draft_reset_note()}
        </p>
      ) : null}
      {/* Steps 2-4 are normally loaded before they are needed (preloadLaterSteps), and so is
          react-query, which they read the catalogue through. */}
      <Suspense fallback={<div aria-busy="true" className="min-h-96" />}>
        {step === 'about' ? stepView : <QueryGate>{stepView}</QueryGate>}
      </Suspense>
      <Suspense fallback={null}>
        <QueryGate>
          <PrefetchScanConfig />
        </QueryGate>
      </Suspense>
      <ResumeLater getDraft={getLatest} />
    </main>
  );
}

