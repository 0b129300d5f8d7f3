import type { ReactNode } from 'react';
import { formatCents, formatDateTime, formatHours } from '#shared/format/format.ts';
import type { AdminIntakeDetail } from '#shared/schemas/admin-intakes.ts';
import type { Locale, LocalizedText } from '#shared/schemas/common.ts';
import type { StoredIntakeAnswers } from '#shared/schemas/admin-intakes.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import {
  businessKindLabels,
  channelLabels,
  concernLabels,
  experienceLabels,
  feelingLabels,
  frequencyLabels,
  needsMeLabels,
  painLabels,
  rateKindLabels,
  skillLabels,
  startLabels,
  vatLabels,
} from '../../../components/admin/admin-labels.ts';
import { panelClass } from '../../../components/admin/styles.ts';

type Row = { term: string; value: ReactNode };

function Details({ rows }: { rows: Row[] }) {
  return (
    <dl className="mt-3 divide-y divide-stone-100">
      {rows.map((row) => (
        <div key={row.term} className="grid gap-1 py-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)] sm:gap-4">
          <dt className="text-sm font-medium text-stone-600">{row.term}</dt>
          <dd className="text-stone-900 break-words">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Subsection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="pt-5 first:pt-0">
      <h3 id={id} className="text-lg font-semibold text-stone-900">
        {title}
      </h3>
      {children}
    </div>
  );
}

/** What the prospect typed, visibly quoted (it is their words, not ours). */
function Quote({ children }: { children: ReactNode }) {
  return <q className="block border-l-4 border-stone-300 pl-3 text-stone-800 italic">{children}</q>;
}

/** Every answer of the scan, as submitted: who, consent, the business, the tasks, working together. */
export function IntakeAnswers({ detail }: { detail: AdminIntakeDetail }) {
  const { locale } = useLocale();
  const { answers, contact, consent } = detail;
  const { about, collaboration } = answers;

  const contactRows: Row[] = [
    { term: m.admin_answer_name(), value: contact.name },
    {
      term: m.admin_answer_email(),
      value: (
        <a href={`mailto:${contact.email}`} className="break-all text-brand-800 underline underline-offset-4">
          {contact.email}
        </a>
      ),
    },
    { term: m.admin_answer_company(), value: contact.company ?? <NotGiven /> },
    {
      term: m.admin_answer_phone(),
      value: contact.phone ? (
        <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`} className="text-brand-800 underline underline-offset-4">
          {contact.phone}
        </a>
      ) : (
        <NotGiven />
      ),
    },
    { term: m.admin_answer_language(), value: detail.locale === 'nl' ? m.common_language_nl() : m.common_language_en() },
  ];

  const consentRows: Row[] = [
    {
      term: m.admin_answer_privacy(),
      value: m.admin_answer_privacy_value({
        date: formatDateTime(consent.privacyConsentAt, locale),
        version: consent.privacyConsentVersion,
      }),
    },
    {
      term: m.admin_answer_follow_up(),
      value: consent.followUpConsent
        ? consent.followUpConsentAt
          ? m.admin_answer_follow_up_yes_since({ date: formatDateTime(consent.followUpConsentAt, locale) })
          : m.admin_answer_follow_up_yes()
        : m.admin_answer_follow_up_no(),
    },
  ];

  const aboutRows: Row[] = [
    {
      term: m.admin_answer_business(),
      value: (
        <>
          {businessKindLabels[about.businessKind]()}
          {about.businessOther ? <Quote>{about.businessOther}</Quote> : null}
        </>
      ),
    },
    { term: m.admin_answer_hours_per_week(), value: m.admin_answer_hours_per_week_value({ hours: String(about.hoursPerWeek) }) },
    {
      term: m.admin_answer_rate(),
      value: `${formatCents(about.hourlyRateCents, locale)} (${rateKindLabels[about.rateKind]()})`,
    },
    { term: m.admin_answer_vat(), value: about.vatStatus ? vatLabels[about.vatStatus]() : <NotGiven text={m.admin_vat_not_asked()} /> },
    { term: m.admin_answer_experience(), value: experienceLabels[about.delegationExperience]() },
    {
      term: m.admin_answer_pain(),
      value: (
        <>
          {painLabels[about.mainPain]()}
          {about.painNote ? <Quote>{about.painNote}</Quote> : null}
        </>
      ),
    },
  ];

  const collaborationRows: Row[] = [
    { term: m.admin_answer_channels(), value: collaboration.channels.map((channel) => channelLabels[channel]()).join(', ') },
    { term: m.admin_answer_updates(), value: frequencyLabels[collaboration.updateFrequency]() },
    {
      term: m.admin_answer_concerns(),
      value:
        collaboration.concerns.length > 0 ? (
          <ul className="list-disc space-y-0.5 pl-5">
            {collaboration.concerns.map((concern) => (
              <li key={concern}>{concernLabels[concern]()}</li>
            ))}
          </ul>
        ) : (
          m.admin_answer_concerns_none()
        ),
    },
    { term: m.admin_answer_start(), value: startLabels[collaboration.startPreference]() },
  ];

  return (
    <section id="intake-answers" aria-labelledby="intake-answers-heading" className={`scroll-mt-4 ${panelClass}`}>
      <h2 id="intake-answers-heading" className="text-xl font-semibold text-stone-900">
        {m.admin_detail_answers()}
      </h2>
      <div className="mt-4 divide-y divide-stone-200 [&>div]:pb-5 [&>div:last-child]:pb-0">
        <Subsection id="answers-contact" title={m.admin_answers_contact()}>
          <Details rows={contactRows} />
        </Subsection>
        <Subsection id="answers-consent" title={m.admin_answers_consent()}>
          <Details rows={consentRows} />
        </Subsection>
        <Subsection id="answers-about" title={m.admin_answers_about()}>
          <Details rows={aboutRows} />
        </Subsection>
        <Subsection id="answers-tasks" title={m.admin_answers_tasks()}>
          <TaskTable detail={detail} locale={locale} />
        </Subsection>
        <Subsection id="answers-collaboration" title={m.admin_answers_collaboration()}>
          <Details rows={collaborationRows} />
        </Subsection>
      </div>
    </section>
  );
}

function NotGiven({ text }: { text?: string }) {
  return <span className="text-stone-600">{text ?? m.admin_not_given()}</span>;
}

type StoredTask = StoredIntakeAnswers['tasks']['catalogueTasks'][number] | StoredIntakeAnswers['tasks']['customTasks'][number];
type TaskRow = StoredTask & { label: string; category: string; custom: boolean };

/** The picked tasks with the four answers per task, and the total time they take now. */
function TaskTable({ detail, locale }: { detail: AdminIntakeDetail; locale: Locale }) {
  const { tasks } = detail.answers;
  const { result } = detail.resultView;
  const categoryLabel = (categoryId: string) =>
    result.categories.find((category) => category.categoryId === categoryId)?.label[locale] ?? categoryId;

  // Catalogue task ids never start with "custom-", in either engine version's result.
  const computedTasks: readonly { key: string; label: LocalizedText; categoryId: string }[] = result.tasks;
  const rows: TaskRow[] = [
    ...tasks.catalogueTasks.map((task) => {
      const computed = computedTasks.find((candidate) => candidate.key === task.taskId);
      return {
        ...task,
        label: computed?.label[locale] ?? task.taskId,
        category: computed ? categoryLabel(computed.categoryId) : '',
        custom: false,
      };
    }),
    ...tasks.customTasks.map((task) => ({ ...task, category: categoryLabel(task.categoryId), custom: true })),
  ];
  const totalMinutes = rows.reduce((sum, row) => sum + row.minutesPerMonth, 0);

  return (
    <div
      role="region"
      aria-labelledby="answers-tasks"
      tabIndex={0}
      className="mt-3 overflow-x-auto rounded-lg border border-stone-200"
    >
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">{m.admin_task_col_task()}</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">{m.admin_task_col_hours()}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{m.admin_task_col_feeling()}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{m.admin_task_col_skill()}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{m.admin_task_col_needs_me()}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row, index) => (
            <tr key={`${row.label}-${index}`}>
              <th scope="row" className="px-3 py-2 font-medium text-stone-900">
                {row.label}
                <span className="block text-xs font-normal text-stone-600">
                  {row.category}
                  {row.custom ? ` · ${m.admin_task_custom()}` : ''}
                </span>
              </th>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatHours(row.minutesPerMonth, locale)}</td>
              <td className="px-3 py-2">{feelingLabels[row.feeling]()}</td>
              <td className="px-3 py-2">{skillLabels[row.skill]()}</td>
              <td className="px-3 py-2">{needsMeLabels[row.needsMe]()}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-stone-200 bg-stone-50">
          <tr>
            <th scope="row" className="px-3 py-2 font-semibold text-stone-900">{m.admin_task_total()}</th>
            <td className="px-3 py-2 text-right font-semibold whitespace-nowrap tabular-nums">{formatHours(totalMinutes, locale)}</td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
