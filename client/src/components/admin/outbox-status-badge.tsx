import type { OutboxStatus } from '#shared/schemas/email.ts';
import { useLocale } from '../../i18n/locale.tsx';
import { tintedBadgeClass } from './styles.ts';
import { outboxStatusLabels } from './outbox-labels.ts';

// Dark text on a light tint, as the intake's status badge: the word carries the meaning.
const statusTints: Record<OutboxStatus, string> = {
  queued: 'bg-sky-100 text-sky-900 ring-sky-300',
  sending: 'bg-indigo-100 text-indigo-900 ring-indigo-300',
  sent: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  failed: 'bg-red-100 text-red-900 ring-red-300',
  cancelled: 'bg-stone-200 text-stone-800 ring-stone-300',
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  useLocale();
  return (
    <span className={`${tintedBadgeClass} ${statusTints[status]}`}>
      {outboxStatusLabels[status]()}
    </span>
  );
}
