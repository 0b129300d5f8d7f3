import { m } from '../paraglide/messages.js';

/** The scan's name and mark in the header: before the VA's branding arrives, and without a logo. */
export function ScanName() {
  return (
    <>
      <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
        ✓
      </span>
      {m.app_name()}
    </>
  );
}
