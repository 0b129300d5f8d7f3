import { useState, type RefObject } from 'react';
import { MAX_SCHEDULE_DAYS } from '#shared/schemas/email.ts';
import { Button } from '../../../components/ui/button.tsx';
import { TextField, fieldIds } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { m } from '../../../paraglide/messages.js';
import { noticeClass } from '../../../components/admin/styles.ts';
import { defaultPlannedMoment } from '../utils/amsterdam-time.ts';
import { checkMoment, momentProblemText, type MomentProblem, type SendMoment } from '../utils/composer-form.ts';
import { failureOf, type Failure, type ShownPreview } from '../utils/composer-preview.ts';

type PreviewPanelProps = {
  shown: ShownPreview;
  /** The text was changed after this preview: it must be made again before sending. */
  stale: boolean;
  firstName: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  sending: boolean;
  /** Sends; `onFailure` hears of a failure the composer does not handle itself (a refusal it does). */
  onSend: (sendAt: string | undefined, onFailure: (error: Error) => void) => void;
};

/**
 * The server's rendering of the follow-up: to whom, the subject, the HTML in a sandboxed frame
 * (no scripts, no navigation, nothing from our page) and the plain text; then when to send it.
 */
export function PreviewPanel({ shown, stale, firstName, headingRef, sending, onSend }: PreviewPanelProps) {
  useLocale();
  const { preview } = shown;
  return (
    <section aria-labelledby="follow-up-preview-heading" className="mt-6 rounded-xl border-2 border-brand-600 bg-stone-50 p-4 sm:p-5">
      <h3 id="follow-up-preview-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-stone-900">
        {m.followups_preview_heading()}
      </h3>
      {stale ? (
        <p className="mt-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 font-medium text-stone-900">
          {m.followups_preview_stale()}
        </p>
      ) : null}
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        <dt className="text-stone-600">{m.followups_preview_to()}</dt>
        <dd className="break-words text-stone-900">{preview.to}</dd>
        <dt className="text-stone-600">{m.followups_preview_subject()}</dt>
        <dd className="font-medium break-words text-stone-900">{preview.subject}</dd>
      </dl>
      {/* sandbox="": the e-mail's HTML runs no script, opens nothing and cannot reach this page. */}
      <iframe
        sandbox=""
        srcDoc={preview.html}
        title={m.followups_preview_frame({ firstName })}
        className="mt-3 h-[32rem] w-full rounded-lg border border-stone-300 bg-white"
      />
      <p className="mt-2 text-sm text-stone-700">{m.followups_preview_links({ firstName })}</p>
      <h4 className="mt-4 font-semibold text-stone-900">{m.followups_preview_text_heading()}</h4>
      <p className="text-sm text-stone-600">{m.followups_preview_text_hint()}</p>
      <pre className="mt-2 rounded-lg border border-stone-300 bg-white p-3 font-sans text-sm break-words whitespace-pre-wrap text-stone-900">
        {preview.text}
      </pre>
      {stale ? null : <SendStep sending={sending} onSend={onSend} />}
    </section>
  );
}

/** Now, or a Dutch date and time: then the button that does it. */
function SendStep({ sending, onSend }: Pick<PreviewPanelProps, 'sending' | 'onSend'>) {
  useLocale();
  const [moment, setMoment] = useState<SendMoment>(() => ({ when: 'now', ...defaultPlannedMoment() }));
  const [problem, setProblem] = useState<MomentProblem | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const later = moment.when === 'later';
  const change = (next: Partial<SendMoment>) => {
    setMoment((current) => ({ ...current, ...next }));
    setProblem(null);
  };

  const showProblem = (found: MomentProblem) => {
    setProblem(found);
    document.getElementById(fieldIds(found.field === 'date' ? 'sendDate' : 'sendTime').input)?.focus();
  };

  const submit = () => {
    if (sending) return;
    setFailure(null);
    const checked = checkMoment(moment);
    if ('problem' in checked) {
      showProblem(checked.problem);
      return;
    }
    onSend(checked.sendAt, (error) => {
      // The server judged the moment otherwise (e.g. it passed while the VA hesitated).
      const sendAtIssue = error instanceof ApiRequestError && error.status === 422 ? error.issues.find((issue) => issue.path === 'sendAt') : undefined;
      if (sendAtIssue && later) {
        showProblem(sendAtIssue.code === 'in_past' ? { field: 'time', code: 'past' } : { field: 'date', code: 'too-far' });
        return;
      }
      setFailure(failureOf(error));
    });
  };

  return (
    <form
      noValidate
      className="mt-5 space-y-4 border-t border-stone-300 pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <fieldset>
        <legend className="font-medium text-stone-900">{m.followups_when()}</legend>
        <div className="mt-2 grid gap-2">
          {(['now', 'later'] as const).map((when) => (
            <label
              key={when}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-400 bg-white px-3 py-2 hover:border-brand-600 has-checked:border-brand-600 has-checked:bg-brand-50"
            >
              <input
                type="radio"
                name="sendWhen"
                value={when}
                checked={moment.when === when}
                onChange={() => change({ when })}
                className="size-5 shrink-0 accent-brand-600"
              />
              <span>{when === 'now' ? m.followups_when_now() : m.followups_when_later()}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {later ? (
        <div className="space-y-2">
          <div className="flex flex-wrap gap-4">
            <TextField
              name="sendDate"
              type="date"
              label={m.followups_date()}
              className="w-48"
              value={moment.date}
              onChange={(event) => change({ date: event.target.value })}
              error={problem?.field === 'date' ? momentProblemText(problem) : undefined}
            />
            <TextField
              name="sendTime"
              type="time"
              label={m.followups_time()}
              className="w-36"
              value={moment.time}
              onChange={(event) => change({ time: event.target.value })}
              error={problem?.field === 'time' ? momentProblemText(problem) : undefined}
            />
          </div>
          <p className="text-sm text-stone-600">{m.followups_when_hint({ days: MAX_SCHEDULE_DAYS })}</p>
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className={noticeClass.error}>
          {failureText(failure)}
        </p>
      ) : null}
      <Button type="submit" className="aria-disabled:cursor-wait aria-disabled:opacity-80" aria-disabled={sending || undefined}>
        {sending ? m.followups_sending() : later ? m.followups_schedule() : m.followups_send_now()}
      </Button>
    </form>
  );
}

function failureText(failure: Failure): string {
  switch (failure) {
    case 'offline':
      return m.followups_offline();
    case 'expired':
      return m.followups_expired();
    case 'invalid':
    case 'failed':
      return m.followups_send_failed();
  }
}
