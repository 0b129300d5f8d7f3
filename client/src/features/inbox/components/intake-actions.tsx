import { useState } from 'react';
import { useLocation } from 'wouter';
import { INTAKE_STATUSES, IntakeStatus, type AdminIntakeDetail } from '#shared/schemas/admin-intakes.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useChangeIntakeStatus } from '../api/change-intake-status.ts';
import { useMarkIntakeUnread } from '../api/mark-intake-unread.ts';
import { statusLabels } from '../../../components/admin/admin-labels.ts';
import { EraseIntake } from './erase-intake.tsx';
import { SelectBox } from '../../../components/admin/select-box.tsx';
import type { InboxNotice } from './inbox-page.tsx';
import { noticeClass, panelClass, secondaryLinkClass } from '../../../components/admin/styles.ts';

type IntakeActionsProps = {
  detail: AdminIntakeDetail;
  /** The inbox, with the filters the VA came from. */
  backTo: string;
  /** Called when the intake has been erased, before the page leaves. */
  onErased: () => void;
};

/**
 * What the VA does with an intake: move it along the pipeline (a select and a save button, so
 * arrowing through the options never saves a status by accident), mark it unread, download all
 * its data (AVG access request) or erase it (AVG erasure, confirmed first).
 */
export function IntakeActions({ detail, backTo, onErased }: IntakeActionsProps) {
  useLocale();
  const [, navigate] = useLocation();
  const changeStatus = useChangeIntakeStatus();
  const markUnread = useMarkIntakeUnread();

  // The select starts at the saved status and follows it when it changes (after saving).
  const [chosen, setChosen] = useState(detail.status);
  const [savedStatus, setSavedStatus] = useState(detail.status);
  if (detail.status !== savedStatus) {
    setSavedStatus(detail.status);
    setChosen(detail.status);
  }

  const name = detail.contact.name;
  const backWith = (notice: InboxNotice) => navigate(backTo, { state: notice });

  return (
    <section id="intake-actions" aria-labelledby="intake-actions-heading" className={`scroll-mt-4 ${panelClass}`}>
      <h2 id="intake-actions-heading" className="text-xl font-semibold text-stone-900">
        {m.admin_actions_heading()}
      </h2>
      <form
        className="mt-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (changeStatus.isPending || chosen === detail.status) return;
          changeStatus.mutate({ id: detail.id, status: chosen });
        }}
      >
        <SelectBox
          name="status"
          label={m.admin_actions_status()}
          options={INTAKE_STATUSES.map((status) => ({ value: status, label: statusLabels[status]() }))}
          value={chosen}
          onChange={(event) => setChosen(IntakeStatus.parse(event.target.value))}
        />
        <Button
          type="submit"
          className="mt-3 w-full aria-disabled:cursor-wait aria-disabled:opacity-80"
          aria-disabled={changeStatus.isPending || undefined}
        >
          {changeStatus.isPending ? m.admin_saving() : m.admin_actions_status_save()}
        </Button>
        <p role="status" className="mt-2 text-sm font-medium text-emerald-800">
          {changeStatus.isSuccess && !changeStatus.isPending
            ? m.admin_actions_status_saved({ status: statusLabels[changeStatus.data.status]() })
            : ''}
        </p>
        {changeStatus.isError ? (
          <p role="alert" className={`mt-2 text-sm ${noticeClass.error}`}>
            {m.admin_actions_status_failed()}
          </p>
        ) : null}
      </form>

      <div className="mt-4 grid gap-2 border-t border-stone-200 pt-4">
        <Button
          variant="secondary"
          aria-disabled={markUnread.isPending || undefined}
          onClick={() => {
            if (markUnread.isPending) return;
            markUnread.mutate(detail.id, { onSuccess: () => backWith({ kind: 'marked-unread', name }) });
          }}
        >
          {m.admin_actions_mark_unread()}
        </Button>
        {markUnread.isError ? (
          <p role="alert" className={`text-sm ${noticeClass.error}`}>
            {m.admin_actions_mark_unread_failed()}
          </p>
        ) : null}
        <a
          href={`/api/admin/intakes/${encodeURIComponent(detail.id)}/export.json`}
          download
          className={secondaryLinkClass}
          aria-describedby="intake-export-hint"
        >
          {m.admin_actions_export_json()}
        </a>
        <p id="intake-export-hint" className="text-sm text-stone-600">
          {m.admin_actions_export_json_hint()}
        </p>
      </div>

      <EraseIntake
        id={detail.id}
        name={name}
        onErased={() => {
          onErased();
          backWith({ kind: 'erased', name });
        }}
      />
    </section>
  );
}
