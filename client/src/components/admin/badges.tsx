import type { IntakeStatus } from '#shared/schemas/admin-intakes.ts';
import { useLocale } from '../../i18n/locale.tsx';
import { m } from '../../paraglide/messages.js';
import { statusLabels } from './admin-labels.ts';
import { tintedBadgeClass } from './styles.ts';

// Dark text on a light tint: each pair is well above 4.5:1; the word carries the meaning.
const statusTints: Record<IntakeStatus, string> = {
  new: 'bg-sky-100 text-sky-900 ring-sky-300',
  contacted: 'bg-indigo-100 text-indigo-900 ring-indigo-300',
  'call-planned': 'bg-violet-100 text-violet-900 ring-violet-300',
  'proposal-sent': 'bg-amber-100 text-amber-900 ring-amber-300',
  client: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  'not-a-fit': 'bg-stone-200 text-stone-800 ring-stone-300',
  archived: 'bg-stone-100 text-stone-700 ring-stone-300',
};

export function StatusBadge({ status }: { status: IntakeStatus }) {
  useLocale();
  return (
    <span className={`${tintedBadgeClass} ${statusTints[status]}`}>
      {statusLabels[status]()}
    </span>
  );
}

/** Not opened yet (or marked unread again): a word, not only bold text or a colour. */
export function UnreadBadge() {
  useLocale();
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-brand-700 px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap text-white">
      <span aria-hidden="true" className="size-1.5 rounded-full bg-white" />
      {m.admin_unread_badge()}
    </span>
  );
}
