import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '#shared/format/format.ts';
import type { EmailTemplate } from '#shared/schemas/email.ts';
import { useLocationState } from '../../../hooks/location-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmPanel } from '../../../components/ui/confirm-panel.tsx';
import { useConfirmStep } from '../../../components/ui/use-confirm-step.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { AdminPage, PageLoading } from '../../../components/admin/admin-page.tsx';
import { noticeClass, panelClass, primaryLinkClass, secondaryLinkClass } from '../../../components/admin/styles.ts';
import { useDeleteEmailTemplate } from '../api/delete-email-template.ts';
import { useEmailTemplates } from '../../../lib/admin/get-email-templates.ts';
import { TemplatesLoadFailed } from './templates-load-failed.tsx';

/** What the editor tells the list after saving. */
export type TemplatesNotice = { kind: 'created' | 'updated'; name: string };

function isTemplatesNotice(value: unknown): value is TemplatesNotice {
  if (typeof value !== 'object' || value === null) return false;
  const notice = value as Partial<TemplatesNotice>;
  return (notice.kind === 'created' || notice.kind === 'updated') && typeof notice.name === 'string';
}

const NOTICE_ID = 'email-templates-notice';

/** "Sent automatically 3 days after the scan", or "only when you send it". */
function scheduleText(schedule: EmailTemplate['schedule']): string {
  if (!schedule.enabled || schedule.delayDays === null) return m.emailtemplates_schedule_off();
  return schedule.delayDays === 1
    ? m.emailtemplates_schedule_on_one()
    : m.emailtemplates_schedule_on_other({ days: schedule.delayDays });
}

/**
 * /admin/email-templates: the VA's follow-up templates, each with whether it goes out by itself
 * and after how many days; a new one, editing and deleting (after a confirm step).
 */
export function EmailTemplatesPage() {
  useLocale();
  const templates = useEmailTemplates();
  const state = useLocationState();
  const notice = isTemplatesNotice(state) ? state : null;
  const [deleted, setDeleted] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  // Here rather than in each item: the item is gone from the list before its delete is done.
  const remove = useDeleteEmailTemplate();

  if (templates.isPending) return <PageLoading label={m.emailtemplates_loading()} />;

  return (
    <AdminPage title={m.emailtemplates_heading()} describedBy={notice && !deleted ? NOTICE_ID : undefined}>
      <div className="mt-2 flex flex-wrap items-end justify-between gap-3">
        <p className="max-w-prose text-stone-700">{m.emailtemplates_intro()}</p>
        <Link href="/new" className={primaryLinkClass}>
          <span aria-hidden="true">+</span> {m.emailtemplates_new()}
        </Link>
      </div>
      {notice && !deleted ? (
        <p id={NOTICE_ID} className={`mt-4 ${noticeClass.success}`}>
          {notice.kind === 'created'
            ? m.emailtemplates_notice_created({ name: notice.name })
            : m.emailtemplates_notice_updated({ name: notice.name })}
        </p>
      ) : null}
      <p role="status" className={deleted ? `mt-4 ${noticeClass.success}` : 'sr-only'}>
        {deleted ? m.emailtemplates_notice_deleted({ name: deleted }) : ''}
      </p>

      <h2 ref={listHeading} tabIndex={-1} className="mt-8 text-xl font-semibold text-stone-900">
        {m.emailtemplates_list_heading()}
      </h2>
      {templates.data === undefined ? (
        <TemplatesLoadFailed templates={templates} className="mt-3" />
      ) : templates.data.length === 0 ? (
        <p className="mt-3 text-stone-700">{m.emailtemplates_empty()}</p>
      ) : (
        <ul className="mt-3 grid gap-3">
          {templates.data.map((template) => (
            <TemplateItem
              key={template.id}
              template={template}
              deleting={remove.isPending && remove.variables === template.id}
              failed={remove.isError && remove.variables === template.id}
              onDelete={() => {
                if (remove.isPending) return;
                setDeleted(null);
                remove.mutate(template.id, {
                  onSuccess: () => {
                    setDeleted(template.name);
                    // The item (and its buttons) is gone: the keyboard continues at the list.
                    listHeading.current?.focus();
                  },
                });
              }}
            />
          ))}
        </ul>
      )}
    </AdminPage>
  );
}

type TemplateItemProps = {
  template: EmailTemplate;
  deleting: boolean;
  /** Its last delete failed. */
  failed: boolean;
  onDelete: () => void;
};

function TemplateItem({ template, deleting, failed, onDelete }: TemplateItemProps) {
  const { locale } = useLocale();
  const pending = deleting;
  const { confirming, open, cancel, openButton, confirmHeading, headingId, textId } = useConfirmStep(pending);
  const which = m.emailtemplates_which({ name: template.name });

  return (
    <li className={panelClass}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h3 className="text-lg font-semibold break-words text-stone-900">{template.name}</h3>
          <p className="mt-1 flex items-center gap-2 text-stone-800">
            <span
              aria-hidden="true"
              className={`size-2.5 shrink-0 rounded-full ${template.schedule.enabled ? 'bg-emerald-600' : 'bg-stone-400'}`}
            />
            {scheduleText(template.schedule)}
          </p>
          <p className="mt-1 text-sm text-stone-600">{m.emailtemplates_updated({ when: formatDateTime(template.updatedAt, locale) })}</p>
        </div>
        {confirming ? null : (
          <div className="flex flex-wrap gap-2">
            <Link href={`/${encodeURIComponent(template.id)}`} className={secondaryLinkClass}>
              {m.emailtemplates_edit()} <span className="sr-only">{which}</span>
            </Link>
            <button
              ref={openButton}
              type="button"
              onClick={open}
              className="inline-flex min-h-11 items-center justify-center rounded-lg border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50"
            >
              {m.emailtemplates_delete()} <span className="sr-only">{which}</span>
            </button>
          </div>
        )}
      </div>
      {confirming ? (
        <ConfirmPanel
          headingId={headingId}
          textId={textId}
          headingRef={confirmHeading}
          onCancel={cancel}
          headingLevel="h4"
          heading={m.emailtemplates_delete_confirm_heading({ name: template.name })}
          text={m.emailtemplates_delete_confirm_text()}
          failure={failed ? m.emailtemplates_delete_failed() : null}
          className="mt-3"
        >
          <div className="mt-4 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => {
                if (!pending) onDelete();
              }}
              aria-disabled={pending}
              className="inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 aria-disabled:opacity-70"
            >
              {pending ? m.emailtemplates_deleting() : m.emailtemplates_delete_yes()}
            </button>
            <Button variant="secondary" onClick={cancel} aria-disabled={pending || undefined}>
              {m.emailtemplates_cancel()}
            </Button>
          </div>
        </ConfirmPanel>
      ) : null}
    </li>
  );
}
