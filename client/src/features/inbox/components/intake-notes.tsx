import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { z } from 'zod';
import { formatDateTime, formatNumber } from '#shared/format/format.ts';
import type { Locale } from '#shared/schemas/common.ts';
import { MAX_NOTE_LENGTH, NoteInput, type AdminIntakeDetail, type AdminNote } from '#shared/schemas/admin-intakes.ts';
import { Button } from '../../../components/ui/button.tsx';
import { TextAreaField, fieldIds } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useCreateNote } from '../api/create-note.ts';
import { useDeleteNote } from '../api/delete-note.ts';
import { useUpdateNote } from '../api/update-note.ts';
import { noticeClass, panelClass } from '../../../components/admin/styles.ts';

/** The add form's one field; named so its id differs from the edit boxes'. */
const NewNoteForm = z.object({ newNote: NoteInput.shape.body });
type NewNoteFormValues = z.input<typeof NewNoteForm>;

type Announcement = 'added' | 'updated' | 'deleted';

function noteError(type: string | undefined, locale: Locale): string | undefined {
  if (type === undefined) return undefined;
  return type === 'too_big'
    ? m.admin_notes_too_long({ max: formatNumber(MAX_NOTE_LENGTH, locale) })
    : m.admin_notes_empty();
}

function errorType(error: FieldError | undefined): string | undefined {
  return error ? error.type : undefined;
}

/**
 * The VA's notes on an intake, newest first: add, edit in place, delete after a confirm.
 * Each change is announced; focus stays where the VA works (or moves to the heading when the
 * note she was on is gone).
 */
export function IntakeNotes({ detail }: { detail: AdminIntakeDetail }) {
  const { locale } = useLocale();
  const create = useCreateNote(detail.id);
  const remove = useDeleteNote(detail.id);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<NewNoteFormValues, unknown, z.output<typeof NewNoteForm>>({
    resolver: zodResolver(NewNoteForm),
    defaultValues: { newNote: '' },
  });
  const notes = [...detail.notes].reverse();

  const onSubmit = form.handleSubmit(({ newNote }) => {
    if (create.isPending) return;
    setAnnouncement(null);
    create.mutate(newNote, {
      onSuccess: () => {
        form.reset({ newNote: '' });
        setAnnouncement('added');
        // (Not form.setFocus: reset() forgets the fields until they register again.)
        document.getElementById(fieldIds('newNote').input)?.focus();
      },
    });
  });

  const announcementText: Record<Announcement, () => string> = {
    added: m.admin_notes_added,
    updated: m.admin_notes_updated,
    deleted: m.admin_notes_deleted,
  };

  return (
    <section id="intake-notes" aria-labelledby="intake-notes-heading" className={`scroll-mt-4 ${panelClass}`}>
      <h2 id="intake-notes-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-stone-900">
        {m.admin_notes_heading()}
      </h2>
      <form noValidate onSubmit={onSubmit} className="mt-3">
        <TextAreaField
          label={m.admin_notes_new()}
          hint={m.admin_notes_new_hint()}
          rows={3}
          maxLength={MAX_NOTE_LENGTH}
          error={noteError(errorType(form.formState.errors.newNote), locale)}
          {...form.register('newNote')}
        />
        {create.isError ? (
          <p role="alert" className={`mt-2 text-sm ${noticeClass.error}`}>
            {m.admin_notes_failed()}
          </p>
        ) : null}
        <Button type="submit" className="mt-3 aria-disabled:cursor-wait aria-disabled:opacity-80" aria-disabled={create.isPending || undefined}>
          {create.isPending ? m.admin_saving() : m.admin_notes_add()}
        </Button>
      </form>
      <p role="status" className="mt-2 text-sm font-medium text-emerald-800">
        {announcement ? announcementText[announcement]() : ''}
      </p>
      {remove.isError ? (
        <p role="alert" className={`mt-2 text-sm ${noticeClass.error}`}>
          {m.admin_notes_delete_failed()}
        </p>
      ) : null}
      {notes.length === 0 ? (
        <p className="mt-3 text-stone-600">{m.admin_notes_none()}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              intakeId={detail.id}
              note={note}
              deleting={remove.isPending && remove.variables === note.id}
              onUpdated={() => setAnnouncement('updated')}
              onDelete={() => {
                if (remove.isPending) return;
                setAnnouncement(null);
                remove.mutate(note.id, {
                  onSuccess: () => {
                    setAnnouncement('deleted');
                    headingRef.current?.focus();
                  },
                });
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

type NoteItemProps = {
  intakeId: string;
  note: AdminNote;
  deleting: boolean;
  onUpdated: () => void;
  onDelete: () => void;
};

type Mode = 'view' | 'edit' | 'confirm-delete';

function NoteItem({ intakeId, note, deleting, onUpdated, onDelete }: NoteItemProps) {
  const { locale } = useLocale();
  const update = useUpdateNote(intakeId);
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(note.body);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const editButton = useRef<HTMLButtonElement>(null);
  const editBox = useRef<HTMLTextAreaElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const focusAfter = useRef<Mode | null>(null);

  // Focus follows the mode: the box when editing, the question when confirming, back to
  // "edit" when done.
  useEffect(() => {
    if (focusAfter.current === null) return;
    focusAfter.current = null;
    if (mode === 'edit') editBox.current?.focus();
    else if (mode === 'confirm-delete') confirmText.current?.focus();
    else editButton.current?.focus();
  }, [mode]);

  const switchTo = (next: Mode) => {
    focusAfter.current = next;
    setMode(next);
  };

  const written = formatDateTime(note.createdAt, locale);
  const edited = note.updatedAt > note.createdAt ? formatDateTime(note.updatedAt, locale) : null;
  const author = note.author?.name ?? m.admin_notes_author_unknown();
  const boxName = `note-${note.id}`;

  const save = () => {
    const parsed = NoteInput.safeParse({ body: draft });
    if (!parsed.success) {
      setProblem(noteError(parsed.error.issues[0]?.code ?? 'too_small', locale));
      editBox.current?.focus();
      return;
    }
    if (update.isPending) return;
    update.mutate(
      { noteId: note.id, body: parsed.data.body },
      {
        onSuccess: () => {
          onUpdated();
          switchTo('view');
        },
      },
    );
  };

  return (
    <li className="rounded-lg border border-stone-200 bg-stone-50 p-3">
      <p className="text-sm text-stone-600">
        <span className="font-medium text-stone-800">{author}</span> · <time dateTime={note.createdAt}>{written}</time>
        {edited ? <span> · {m.admin_notes_edited({ date: edited })}</span> : null}
      </p>
      {mode === 'edit' ? (
        <form
          noValidate
          className="mt-2"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') switchTo('view');
          }}
        >
          <TextAreaField
            ref={editBox}
            name={boxName}
            label={m.admin_notes_edit_label({ date: written })}
            rows={4}
            maxLength={MAX_NOTE_LENGTH}
            value={draft}
            error={problem}
            onChange={(event) => {
              setDraft(event.target.value);
              setProblem(undefined);
            }}
          />
          {update.isError ? (
            <p role="alert" className={`mt-2 text-sm ${noticeClass.error}`}>
              {m.admin_notes_failed()}
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="submit" aria-disabled={update.isPending || undefined}>
              {update.isPending ? m.admin_saving() : m.admin_notes_save()}
            </Button>
            <Button variant="secondary" onClick={() => switchTo('view')}>
              {m.admin_cancel()}
            </Button>
          </div>
        </form>
      ) : (
        <p className="mt-1 whitespace-pre-wrap break-words text-stone-900">{note.body}</p>
      )}
      {mode === 'confirm-delete' ? (
        <div role="group" aria-labelledby={`${boxName}-confirm`} className="mt-2 rounded-lg border-2 border-red-700 bg-white p-3">
          <p id={`${boxName}-confirm`} ref={confirmText} tabIndex={-1} className="font-medium text-red-900">
            {m.admin_notes_delete_confirm()}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={onDelete}
              aria-disabled={deleting}
              className="inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 aria-disabled:opacity-70"
            >
              {deleting ? m.admin_notes_deleting() : m.admin_notes_delete_yes()}
            </button>
            <Button variant="secondary" onClick={() => switchTo('view')} aria-disabled={deleting || undefined}>
              {m.admin_cancel()}
            </Button>
          </div>
        </div>
      ) : null}
      {mode === 'view' ? (
        <div className="mt-2 flex flex-wrap gap-1">
          <Button
            ref={editButton}
            variant="quiet"
            className="-ml-2 min-h-10 px-2 py-1 text-sm"
            onClick={() => {
              setDraft(note.body);
              setProblem(undefined);
              switchTo('edit');
            }}
          >
            {m.admin_notes_edit()}
            <span className="sr-only"> {m.admin_notes_which({ date: written })}</span>
          </Button>
          <Button variant="quiet" className="min-h-10 px-2 py-1 text-sm text-red-800" onClick={() => switchTo('confirm-delete')}>
            {m.admin_notes_delete()}
            <span className="sr-only"> {m.admin_notes_which({ date: written })}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}
