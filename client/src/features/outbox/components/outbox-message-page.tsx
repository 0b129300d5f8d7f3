import { useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { formatDateTime } from '#shared/format/format.ts';
import type { OutboxMessageDetail } from '#shared/schemas/email.ts';
import { useLocationState } from '../../../hooks/location-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { isNotFound } from '../../../lib/api-error.ts';
import { AdminPage, PageLoading } from '../../../components/admin/admin-page.tsx';
import { noticeClass, panelClass } from '../../../components/admin/styles.ts';
import { useSetup } from '../../../lib/admin/get-setup.ts';
import { useOutboxMessage } from '../api/get-outbox-message.ts';
import { useRetryOutboxMessage } from '../api/retry-outbox-message.ts';
import { kindLabels } from '../../../components/admin/outbox-labels.ts';
import type { FromOutbox } from './outbox-results.tsx';
import { OutboxStatusBadge } from '../../../components/admin/outbox-status-badge.tsx';
import { timingText } from '../../../components/admin/outbox-timing.ts';

/** Back to the list the VA came from, with its filter (kept in the history entry's state). */
function outboxPath(state: unknown): string {
  const search = (state as Partial<FromOutbox> | null)?.outboxSearch;
  return typeof search === 'string' && (search === '' || search.startsWith('?')) ? `/outbox${search}` : '/outbox';
}

/**
 * /admin/outbox/:id — one e-mail: who it is for, where it stands, the rendered message (HTML in
 * a sandboxed frame, or the plain-text part) and, when it failed, "try again".
 */
export function OutboxMessagePage() {
  useLocale();
  const { id = '' } = useParams<{ id?: string }>();
  const backTo = outboxPath(useLocationState());
  const message = useOutboxMessage(id);
  const retry = useRetryOutboxMessage();

  const backLink = (
    <Link href={backTo} className="inline-flex min-h-11 items-center gap-1 rounded font-medium text-brand-800 underline-offset-4 hover:underline">
      <span aria-hidden="true">←</span> {m.outbox_back()}
    </Link>
  );

  if (message.isPending) return <PageLoading label={m.outbox_message_loading()} />;
  if (message.isError) {
    const missing = isNotFound(message.error);
    return (
      <AdminPage title={missing ? m.outbox_message_not_found_title() : m.outbox_message_error_title()}>
        <p className="mt-3 text-stone-700">{missing ? m.outbox_message_not_found_text() : m.outbox_message_error_text()}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          {missing ? null : (
            <Button onClick={() => void message.refetch()} aria-disabled={message.isFetching || undefined}>
              {m.outbox_retry_load()}
            </Button>
          )}
          {backLink}
        </div>
      </AdminPage>
    );
  }

  const detail = message.data;
  return (
    <AdminPage title={detail.subject} heading={<span className="break-words">{detail.subject}</span>} before={backLink}>
      <div className="mt-6 grid items-start gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-start-3">
          <MessageDetails detail={detail} />
          {/* Stays once asked, so its answer remains readable after the status moved on. */}
          {detail.status === 'failed' || !retry.isIdle ? <RetryMessage detail={detail} retry={retry} /> : null}
        </div>
        <div className="min-w-0 lg:col-span-2 lg:col-start-1 lg:row-start-1">
          <MessagePreview detail={detail} />
        </div>
      </div>
    </AdminPage>
  );
}

function MessageDetails({ detail }: { detail: OutboxMessageDetail }) {
  const { locale } = useLocale();
  const rows = [
    { label: m.outbox_status(), value: <OutboxStatusBadge status={detail.status} /> },
    { label: m.outbox_timing(), value: timingText(detail, locale) },
    { label: m.outbox_to(), value: detail.to },
    { label: m.outbox_kind(), value: kindLabels[detail.kind]() },
    ...(detail.templateName ? [{ label: m.outbox_template(), value: detail.templateName }] : []),
    { label: m.outbox_language(), value: detail.locale === 'nl' ? m.common_language_nl() : m.common_language_en() },
    { label: m.outbox_created(), value: formatDateTime(detail.createdAt, locale) },
    { label: m.outbox_attempts(), value: String(detail.attempts) },
    ...(detail.intake
      ? [
          {
            label: m.outbox_intake(),
            value: (
              <Link href={`/intakes/${detail.intake.id}`} className="rounded font-medium text-brand-800 underline underline-offset-4">
                {detail.intake.name}
              </Link>
            ),
          },
        ]
      : []),
    ...(detail.lastError ? [{ label: m.outbox_last_error(), value: <span className="text-red-800">{detail.lastError}</span> }] : []),
  ];
  return (
    <section aria-labelledby="outbox-details-heading" className={panelClass}>
      <h2 id="outbox-details-heading" className="text-xl font-semibold text-stone-900">
        {m.outbox_details_heading()}
      </h2>
      <dl className="mt-3 space-y-3">
        {rows.map((row) => (
          <div key={row.label}>
            <dt className="text-sm text-stone-600">{row.label}</dt>
            <dd className="mt-0.5 break-words text-stone-900">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A failed message back into the queue; says so, and focus moves to what it says. */
function RetryMessage({ detail, retry }: { detail: OutboxMessageDetail; retry: ReturnType<typeof useRetryOutboxMessage> }) {
  useLocale();
  const retried = retry.isSuccess && detail.status !== 'failed';
  // Without a mail server it goes back in the queue, not out of the door.
  const noMailServer = useSetup().data?.email.configured === false;
  const notice = useRef<HTMLParagraphElement>(null);
  return (
    <section aria-labelledby="outbox-retry-heading" className={panelClass}>
      <h2 id="outbox-retry-heading" className="text-xl font-semibold text-stone-900">
        {m.outbox_retry_heading()}
      </h2>
      {retried ? null : <p className="mt-1 text-sm text-stone-700">{m.outbox_retry_hint({ count: String(detail.attempts) })}</p>}
      {retry.isError ? (
        <p role="alert" className={`mt-3 ${noticeClass.error}`}>
          {m.outbox_retry_failed()}
        </p>
      ) : null}
      {retried ? null : (
        <Button
          className="mt-4"
          aria-disabled={retry.isPending || undefined}
          onClick={() => {
            if (retry.isPending) return;
            retry.mutate({ id: detail.id, intakeId: detail.intake?.id ?? null }, { onSuccess: () => notice.current?.focus() });
          }}
        >
          {retry.isPending ? m.outbox_retrying() : m.outbox_retry()}
        </Button>
      )}
      <p ref={notice} tabIndex={-1} role="status" className={retried ? `mt-3 ${noticeClass.success}` : 'sr-only'}>
        {retried ? (noMailServer ? `${m.outbox_retry_done_no_mail_server()} ${m.setup_not_sent_yet()}` : m.outbox_retry_done()) : ''}
      </p>
    </section>
  );
}

type PreviewPart = 'html' | 'text';

/**
 * The message as the recipient gets it. The HTML runs in a frame with every sandbox restriction
 * on (no scripts, no forms, no navigating this page): what the VA reads can never act here.
 */
function MessagePreview({ detail }: { detail: OutboxMessageDetail }) {
  useLocale();
  const [part, setPart] = useState<PreviewPart>('html');
  const parts: { value: PreviewPart; label: string }[] = [
    { value: 'html', label: m.outbox_preview_html() },
    { value: 'text', label: m.outbox_preview_text() },
  ];
  return (
    <section aria-labelledby="outbox-preview-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="outbox-preview-heading" className="text-xl font-semibold text-stone-900">
          {m.outbox_preview_heading()}
        </h2>
        <div role="group" aria-label={m.outbox_preview_choice()} className="inline-flex rounded-lg border border-stone-400 bg-white p-0.5">
          {parts.map((option) => (
            <button
              key={option.value}
              type="button"
              aria-pressed={part === option.value}
              onClick={() => setPart(option.value)}
              className="min-h-10 rounded-md px-3 font-medium text-stone-800 hover:bg-brand-50 aria-pressed:bg-brand-700 aria-pressed:text-white"
            >
              {option.label}
            </button>
          ))}
        </div>
      </div>
      <p className="mt-1 text-sm text-stone-700">{m.outbox_preview_links_hint()}</p>
      <div className="mt-3 overflow-hidden rounded-xl border border-stone-300 bg-white">
        {part === 'html' ? (
          <iframe
            title={m.outbox_preview_frame_title({ subject: detail.subject })}
            srcDoc={detail.html}
            sandbox=""
            referrerPolicy="no-referrer"
            className="block h-[36rem] w-full"
          />
        ) : (
          <pre className="p-4 font-mono text-sm whitespace-pre-wrap break-words text-stone-900">{detail.text}</pre>
        )}
      </div>
    </section>
  );
}
