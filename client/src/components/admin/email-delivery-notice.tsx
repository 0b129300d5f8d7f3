import type { SetupStatus } from '#shared/schemas/setup.ts';
import { m } from '../../paraglide/messages.js';

/**
 * The outbox's word on delivery: without a mail server, why nothing leaves (and that nothing is
 * lost); with one, the address everything goes out from. Nothing until the status is known.
 */
export function EmailDeliveryNotice({ status }: { status: SetupStatus | undefined }) {
  if (!status) return null;
  if (!status.email.configured) {
    return (
      <p className="mt-4 max-w-prose rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
        {m.setup_outbox_not_configured()}
      </p>
    );
  }
  return <p className="mt-2 max-w-prose text-sm text-stone-700">{m.setup_outbox_configured({ sender: status.email.sender })}</p>;
}
