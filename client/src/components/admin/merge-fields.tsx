import { useRef, type FocusEvent } from 'react';
import { MERGE_FIELDS, type MergeField } from '#shared/email/merge-fields.ts';
import { useLocale } from '../../i18n/locale.tsx';
import { m } from '../../paraglide/messages.js';
import { insertAtCursor } from './insert-at-cursor.ts';

const mergeFieldLabels: Record<MergeField, () => string> = {
  firstName: m.emailtemplates_field_firstName,
  hoursFreed: m.emailtemplates_field_hoursFreed,
  topTasks: m.emailtemplates_field_topTasks,
  bookingLink: m.emailtemplates_field_bookingLink,
};

/** The buttons' names, whole sentences per language ("Voornaam invoegen", "Insert first name"). */
const insertLabels: Record<MergeField, () => string> = {
  firstName: m.emailtemplates_field_firstName_insert,
  hoursFreed: m.emailtemplates_field_hoursFreed_insert,
  topTasks: m.emailtemplates_field_topTasks_insert,
  bookingLink: m.emailtemplates_field_bookingLink_insert,
};

const explanations: Record<MergeField, () => string> = {
  firstName: m.emailtemplates_field_firstName_explain,
  hoursFreed: m.emailtemplates_field_hoursFreed_explain,
  topTasks: m.emailtemplates_field_topTasks_explain,
  bookingLink: m.emailtemplates_field_bookingLink_explain,
};

const explanationId = (field: MergeField) => `merge-field-${field}-explained`;

/** What each merge field becomes; the insert buttons point here for their description. Once per page. */
export function MergeFieldGuide() {
  useLocale();
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {MERGE_FIELDS.map((field) => (
        <div key={field}>
          <dt className="font-medium text-stone-900">
            {mergeFieldLabels[field]()} <code className="rounded bg-stone-100 px-1 py-0.5 text-[0.8125rem] text-stone-800">{`{{${field}}}`}</code>
          </dt>
          <dd id={explanationId(field)} className="mt-0.5 text-stone-700">
            {explanations[field]()}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A button per merge field; each inserts it where the cursor is (see useMergeFieldInsert). */
export function MergeFieldButtons({ label, onInsert }: { label: string; onInsert: (field: MergeField) => void }) {
  useLocale();
  return (
    <div role="group" aria-label={label} className="mt-2 flex flex-wrap gap-2">
      {MERGE_FIELDS.map((field) => (
        <button
          key={field}
          type="button"
          onClick={() => onInsert(field)}
          // The name holds the visible label (for voice control) in the word order of the language.
          aria-label={insertLabels[field]()}
          aria-describedby={explanationId(field)}
          className="inline-flex min-h-10 items-center gap-1 rounded-full border border-stone-400 bg-white px-3 py-1 text-sm font-medium text-stone-800 hover:border-brand-600 hover:bg-brand-50"
        >
          <span aria-hidden="true" className="text-brand-700">
            +
          </span>
          {mergeFieldLabels[field]()}
        </button>
      ))}
    </div>
  );
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * Inserting merge fields into a group of text fields (a subject and a body): the field that had
 * focus last receives it at its cursor, or else `fallback` at its end. Give each field of the
 * group `onFocus={remember}`. `setText` stores the new text (e.g. react-hook-form's setValue).
 */
export function useMergeFieldInsert(setText: (name: string, text: string) => void, fallback: () => TextControl | null) {
  const last = useRef<TextControl | null>(null);
  const remember = (event: FocusEvent<TextControl>) => {
    last.current = event.currentTarget;
  };
  const insert = (field: MergeField) => {
    const remembered = last.current?.isConnected ? last.current : null;
    const target = remembered ?? fallback();
    if (!target) return;
    const selection = remembered ? { start: target.selectionStart, end: target.selectionEnd } : { start: null, end: null };
    const { text, cursor } = insertAtCursor(target.value, `{{${field}}}`, selection);
    setText(target.name, text);
    target.focus();
    target.setSelectionRange(cursor, cursor);
    last.current = target;
  };
  return { remember, insert };
}
