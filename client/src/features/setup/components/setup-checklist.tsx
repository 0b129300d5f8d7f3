import { Link } from 'wouter';
import { formatDateTime } from '#shared/format/format.ts';
import type { SetupStatus } from '#shared/schemas/setup.ts';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { panelClass } from '../../../components/admin/styles.ts';
import { useSetup } from '../../../lib/admin/get-setup.ts';
import { setupItems } from './setup-labels.ts';
import { TestEmailButton } from './test-email-button.tsx';

/**
 * The first-run checklist at the top of the inbox, until every item is done: what she still has
 * to fill in (each a link to its part of the settings) and whether e-mail can leave, with the
 * test e-mail. Shows nothing while it loads or when it cannot be loaded: the inbox comes first.
 */
export function SetupChecklist() {
  useLocale();
  const setup = useSetup();
  if (!setup.data || setup.data.complete) return null;
  const { items } = setup.data;
  const done = items.filter((item) => item.done).length;

  return (
    <section aria-labelledby="setup-heading" className={`mt-6 ${panelClass}`}>
      <h2 id="setup-heading" className="text-xl font-semibold text-stone-900">
        {m.setup_heading()}
      </h2>
      <p className="mt-1 max-w-prose text-stone-700">{m.setup_intro()}</p>
      <p className="mt-2 text-sm font-semibold text-brand-800">
        {m.setup_progress({ done: String(done), total: String(items.length) })}
      </p>
      <ul className="mt-4 divide-y divide-stone-200 border-t border-stone-200">
        {items.map((item) => (
          <li key={item.key} className="flex gap-3 py-3">
            <StatusMark done={item.done} />
            <div className="min-w-0 flex-1">
              {item.key === 'email' ? <EmailItem status={setup.data} done={item.done} /> : <SettingsItem itemKey={item.key} done={item.done} />}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StatusMark({ done }: { done: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`mt-0.5 grid size-6 shrink-0 place-items-center rounded-full text-sm ${
        done ? 'bg-emerald-600 text-white' : 'border-2 border-stone-400 bg-white'
      }`}
    >
      {done ? '✓' : null}
    </span>
  );
}

/** "Klaar" / "Nog te doen" for a screen reader, in front of the item's name. */
function StatusWord({ done }: { done: boolean }) {
  return <span className="sr-only">{`${done ? m.setup_done() : m.setup_todo()}: `}</span>;
}

function SettingsItem({ itemKey, done }: { itemKey: Exclude<SetupStatus['items'][number]['key'], 'email'>; done: boolean }) {
  const { label, hint, settingsSection } = setupItems[itemKey];
  return (
    <>
      <p className="font-medium text-stone-900">
        <StatusWord done={done} />
        {done ? (
          label()
        ) : (
          <Link href={`/settings#${settingsSection}`} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
            {label()}
          </Link>
        )}
      </p>
      {done ? null : <p className="text-sm text-stone-700">{hint()}</p>}
    </>
  );
}

function EmailItem({ status, done }: { status: SetupStatus; done: boolean }) {
  const { locale } = useLocale();
  const { email } = status;
  return (
    <>
      <p className="font-medium text-stone-900">
        <StatusWord done={done} />
        {m.setup_item_email()}
      </p>
      {email.configured ? (
        <>
          <p className="text-sm text-stone-700">{m.setup_email_configured({ sender: email.sender })}</p>
          {email.lastPassedTest ? (
            <p className="text-sm text-stone-700">{m.setup_email_last_test({ date: formatDateTime(email.lastPassedTest.at, locale) })}</p>
          ) : null}
          <TestEmailButton />
        </>
      ) : (
        <p className="max-w-prose text-sm text-stone-700">{m.setup_email_not_configured()}</p>
      )}
    </>
  );
}
