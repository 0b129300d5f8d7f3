import type { Ref } from 'react';
import { HONEYPOT_FIELD } from '#shared/schemas/intake-choices.ts';
import { m } from '../../../paraglide/messages.js';

/**
 * A field people never see or reach, which form-filling robots fill in: off screen, hidden from
 * screen readers, out of the tab order, never autofilled. The server refuses a scan that has it
 * filled. Its name sounds like an ordinary field; its label (for whoever reads the page without
 * styles) says to leave it empty.
 */
export function HoneypotField({ inputRef }: { inputRef: Ref<HTMLInputElement> }) {
  const id = `field-${HONEYPOT_FIELD}`;
  return (
    <div aria-hidden="true" className="pointer-events-none absolute -left-[10000px] top-0 h-px w-px overflow-hidden">
      <label htmlFor={id}>{m.scan_honeypot_label()}</label>
      <input ref={inputRef} id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
