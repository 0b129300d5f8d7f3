import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubSubmit } from '../testing/fake-api.ts';
import { completeScanValues, renderScan, seedDraft } from '../testing/render-scan.tsx';
import { DRAFT_STORAGE_KEY } from '../utils/draft-storage.ts';
import { emptyScanFormValues } from '../utils/form-values.ts';

const nextButton = () => screen.getByRole('button', { name: /^volgende|^next/i });

async function fillAboutStep(user: UserEvent) {
  await user.selectOptions(await screen.findByLabelText('Wat voor bedrijf heb je?'), 'coach-trainer');
  await user.type(screen.getByLabelText('Hoeveel uur werk je gemiddeld per week?'), '38');
  await user.type(screen.getByLabelText("Uurtarief in euro's"), '82,50');

  await user.click(screen.getByRole('radio', { name: 'Ja, ik reken btw' }));
  await user.click(screen.getByRole('radio', { name: 'Nee, nog nooit' }));
  await user.click(screen.getByRole('radio', { name: 'Mijn administratie stapelt zich op' }));
}

/** Press Tab until `target` has focus: proves it is reachable by keyboard, in order. */
async function tabTo(user: UserEvent, target: HTMLElement, maxPresses = 40) {
  for (let i = 0; i < maxPresses && document.activeElement !== target; i++) await user.tab();
  expect(target).toHaveFocus();
}

function storedDraft(): { step: number; idempotencyKey: string; values: ReturnType<typeof completeScanValues> } {
  return JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? 'null');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scan: step 1, about you', () => {
  it('shows the first step with an accessible progress bar', async () => {
    renderScan();
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
    const progress = screen.getByRole('progressbar', { name: 'Stap 1 van 4' });
    expect(progress).toHaveAttribute('aria-valuenow', '1');
    expect(progress).toHaveAttribute('aria-valuemax', '4');
  });

  it('blocks Next with a Dutch message on every field and focuses the first', async () => {
    const { user } = renderScan();
    await user.click(await screen.findByRole('button', { name: /volgende/i }));

    const kind = screen.getByRole('combobox', { name: 'Wat voor bedrijf heb je?' });
    expect(kind).toHaveAttribute('aria-invalid', 'true');
    expect(kind).toHaveAccessibleDescription('Kies een van de opties.');
    expect(kind).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /hoeveel uur werk je/i })).toHaveAccessibleDescription(
      'Vul dit nog even in.',
    );
    expect(screen.getByRole('group', { name: 'Heb je al eens werk uitbesteed?' })).toHaveAccessibleDescription(
      'Kies een van de opties.',
    );
    expect(screen.getByRole('radio', { name: 'Nee, nog nooit' })).toHaveAttribute('aria-invalid', 'true');
    // Still on step 1.
    expect(screen.getByRole('progressbar', { name: 'Stap 1 van 4' })).toBeInTheDocument();
  });

  it('re-checks a field as it is corrected, with messages that name the limits', async () => {
    const { user } = renderScan();
    await user.click(await screen.findByRole('button', { name: /volgende/i }));
    const hours = screen.getByRole('textbox', { name: /hoeveel uur werk je/i });
    await user.type(hours, 'veel');
    expect(hours).toHaveAccessibleDescription('Vul een heel getal in, bijvoorbeeld 40.');
    await user.clear(hours);
    await user.type(hours, '120');
    expect(hours).toHaveAccessibleDescription('Vul een heel getal in tussen 1 en 100.');
    await user.clear(hours);
    await user.type(hours, '38');
    expect(hours).not.toHaveAttribute('aria-invalid');

    const rate = screen.getByRole('textbox', { name: "Uurtarief in euro's" });
    await user.type(rate, '5');
    expect(rate).toHaveAccessibleDescription(
      /^Exclusief btw, bijvoorbeeld 75 of 82,50\. Vul een bedrag in tussen €\s10 en €\s1\.000\.$/,
    );
  });

  it('speaks English after the language switch, including messages already shown', async () => {
    const { user } = renderScan();
    await user.click(await screen.findByRole('button', { name: /volgende/i }));
    expect(screen.getByRole('combobox', { name: 'Wat voor bedrijf heb je?' })).toHaveAccessibleDescription(
      'Kies een van de opties.',
    );

    await user.click(screen.getByRole('button', { name: /english/i }));
    expect(screen.getByRole('heading', { level: 1, name: 'About you' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Step 1 of 4' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /english/i })).toHaveAttribute('aria-pressed', 'true');
    const kind = screen.getByRole('combobox', { name: 'What kind of business do you run?' });
    expect(kind).toHaveAccessibleDescription('Please choose one of the options.');
    expect(document.documentElement.lang).toBe('en');

    const rate = screen.getByRole('textbox', { name: 'Hourly rate in euros' });
    await user.type(rate, '2000');
    expect(rate).toHaveAccessibleDescription(
      'Excluding VAT, for example 75 or 82.50. Please enter an amount between €10 and €1,000.',
    );
  });
});

describe('scan: moving between steps', () => {
  it('moves on with valid answers, focuses the new heading, and keeps answers on Back', async () => {
    const { user } = renderScan();
    await fillAboutStep(user);
    await user.click(nextButton());

    const tasksHeading = await screen.findByRole('heading', { level: 1, name: 'Je taken' });
    expect(tasksHeading).toHaveFocus();
    expect(screen.getByRole('progressbar', { name: 'Stap 2 van 4' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /vorige/i }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Wat voor bedrijf heb je?' })).toHaveValue('coach-trainer');
    expect(screen.getByRole('textbox', { name: /hoeveel uur werk je/i })).toHaveValue('38');
    expect(screen.getByRole('textbox', { name: "Uurtarief in euro's" })).toHaveValue('82,50');
    expect(screen.getByRole('radio', { name: 'Nee, nog nooit' })).toBeChecked();

    await user.click(nextButton());
    expect(await screen.findByRole('heading', { level: 1, name: 'Je taken' })).toBeInTheDocument();
  });

  it('keeps unvalidated answers of a later step when going back', async () => {
    seedDraft(2, { ...completeScanValues(), collaboration: emptyScanFormValues().collaboration });
    const { user } = renderScan();
    await user.click(await screen.findByRole('checkbox', { name: 'WhatsApp' }));
    await user.click(screen.getByRole('button', { name: /vorige/i }));
    await screen.findByRole('heading', { level: 1, name: 'Je taken' });
    await user.click(nextButton());
    expect(await screen.findByRole('checkbox', { name: 'WhatsApp' })).toBeChecked();
  });
});

describe('scan: step 2, your tasks', () => {
  const seedAtTasks = () =>
    seedDraft(1, { ...completeScanValues(), tasks: { catalogueTasks: [], customTasks: [] } });

  it('asks for at least one task, then takes hours and answers per picked task', async () => {
    seedAtTasks();
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je taken' });
    await user.click(nextButton());

    const firstCategory = screen.getByRole('button', { name: /e-mail & agenda/i });
    expect(firstCategory).toHaveFocus();
    expect(firstCategory).toHaveAccessibleDescription('Kies minstens één taak, of voeg zelf een taak toe.');

    // The first category is open; others open on demand.
    await user.click(screen.getByRole('checkbox', { name: 'Inbox bijhouden en sorteren' }));
    expect(screen.queryByText('Kies minstens één taak, of voeg zelf een taak toe.')).not.toBeInTheDocument();
    const admin = screen.getByRole('button', { name: /administratie, facturatie/i });
    expect(admin).toHaveAttribute('aria-expanded', 'false');
    await user.click(admin);
    expect(admin).toHaveAttribute('aria-expanded', 'true');
    const invoicing = within(document.getElementById(admin.getAttribute('aria-controls') ?? '')!).getAllByRole(
      'checkbox',
    )[0]!;
    await user.click(invoicing);
    expect(admin).toHaveAccessibleName(/1 gekozen/);

    const inbox = screen.getByRole('group', { name: 'Inbox bijhouden en sorteren' });
    await user.type(within(inbox).getByRole('textbox', { name: /uur per maand/i }), '1,5');
    await user.click(within(inbox).getByRole('radio', { name: 'Kost me energie' }));
    await user.click(within(inbox).getByRole('radio', { name: 'Gaat prima' }));
    await user.click(within(inbox).getByRole('radio', { name: 'Nee' }));

    // The second card is still empty: Next points there.
    await user.click(nextButton());
    const cards = screen.getAllByRole('group').filter((group) => group.closest('li') && group.querySelector('h3'));
    const second = cards[1]!;
    const secondHours = within(second).getByRole('textbox', { name: /uur per maand/i });
    expect(secondHours).toHaveFocus();
    expect(secondHours).toHaveAccessibleDescription('Vul dit nog even in.');
    expect(within(inbox).getByRole('textbox', { name: /uur per maand/i })).not.toHaveAttribute('aria-invalid');

    await user.type(secondHours, '200');
    expect(secondHours).toHaveAccessibleDescription('Vul een aantal uren in tussen 0,25 en 160.');
    await user.clear(secondHours);
    await user.type(secondHours, '3');
    await user.click(within(second).getByRole('radio', { name: 'Neutraal' }));
    await user.click(within(second).getByRole('radio', { name: 'Een ander kan het beter' }));
    await user.click(within(second).getByRole('radio', { name: 'Ja' }));
    await user.click(nextButton());

    expect(await screen.findByRole('heading', { level: 1, name: 'Samenwerken' })).toBeInTheDocument();
    const saved = storedDraft().values.tasks.catalogueTasks;
    expect(saved.map((task) => task.hours)).toEqual(['1,5', '3']);
    expect(saved[0]).toMatchObject({ taskId: 'inbox-triage', feeling: 'drains', skill: 'fine', needsMe: 'no' });
  });

  it('flags a task picked after a refused Next only when Next is pressed again', async () => {
    seedAtTasks();
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je taken' });
    await user.click(nextButton());
    await user.click(screen.getByRole('checkbox', { name: 'Inbox bijhouden en sorteren' }));

    const hours = within(screen.getByRole('group', { name: 'Inbox bijhouden en sorteren' })).getByRole('textbox', {
      name: /uur per maand/i,
    });
    await user.click(screen.getByRole('button', { name: /administratie, facturatie/i }));
    expect(hours).not.toHaveAttribute('aria-invalid');

    await user.click(nextButton());
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(hours).toHaveFocus();
  });

  it('removes a task from its card and adds an own task with a category', async () => {
    seedAtTasks();
    const { user } = renderScan();
    await user.click(await screen.findByRole('checkbox', { name: 'Inbox bijhouden en sorteren' }));
    await user.click(screen.getByRole('button', { name: 'Inbox bijhouden en sorteren verwijderen' }));
    expect(screen.getByRole('checkbox', { name: 'Inbox bijhouden en sorteren' })).not.toBeChecked();
    expect(screen.getByRole('heading', { level: 2, name: 'Vertel over je taken' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /eigen taak toevoegen/i }));
    const label = screen.getByRole('textbox', { name: 'Omschrijving' });
    expect(label).toHaveFocus();
    await user.type(label, 'Offertes nabellen');
    const card = screen.getByRole('group', { name: 'Offertes nabellen' });
    await user.selectOptions(within(card).getByRole('combobox', { name: /onder welk onderwerp/i }), 'customer-contact');
    await user.type(within(card).getByRole('textbox', { name: /uur per maand/i }), '2');
    await user.click(within(card).getByRole('radio', { name: 'Kost me energie' }));
    await user.click(within(card).getByRole('radio', { name: 'Gaat prima' }));
    await user.click(within(card).getByRole('radio', { name: 'Nee' }));
    await user.click(nextButton());
    expect(await screen.findByRole('heading', { level: 1, name: 'Samenwerken' })).toBeInTheDocument();
  });

  it('quietly drops a picked task the catalogue no longer has', async () => {
    const values = completeScanValues();
    const gone = { ...values.tasks.catalogueTasks[0]!, taskId: 'task-since-removed' };
    seedDraft(1, { ...values, tasks: { ...values.tasks, catalogueTasks: [gone, ...values.tasks.catalogueTasks] } });
    renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je taken' });
    expect(screen.getByRole('group', { name: 'Inbox bijhouden en sorteren' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'task-since-removed' })).not.toBeInTheDocument();
    await waitFor(() => expect(storedDraft().values.tasks.catalogueTasks.map((task) => task.taskId)).toEqual(['inbox-triage']));
  });

  it('says so when the task list cannot be loaded, and can try again', async () => {
    seedAtTasks();
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchMock);
    const { user } = renderScan({ config: null });
    expect(await screen.findByRole('status')).toHaveTextContent('De takenlijst wordt geladen…');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(/kon niet worden geladen/);
    const calls = fetchMock.mock.calls.length;
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(fetchMock.mock.calls.length).toBeGreaterThan(calls));
  });

  it('can be used with the keyboard alone', async () => {
    seedAtTasks();
    const { user } = renderScan();
    const inbox = await screen.findByRole('checkbox', { name: 'Inbox bijhouden en sorteren' });
    await tabTo(user, inbox);
    await user.keyboard(' ');
    expect(inbox).toBeChecked();

    // Categories open with Enter.
    const admin = screen.getByRole('button', { name: /administratie, facturatie/i });
    await tabTo(user, admin);
    await user.keyboard('{Enter}');
    expect(admin).toHaveAttribute('aria-expanded', 'true');

    const card = screen.getByRole('group', { name: 'Inbox bijhouden en sorteren' });
    const hours = within(card).getByRole('textbox', { name: /uur per maand/i });
    await tabTo(user, hours, 80);
    await user.keyboard('2');
    await user.tab();
    expect(within(card).getByRole('radio', { name: 'Kost me energie' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(within(card).getByRole('radio', { name: 'Deels: de VA bereidt voor, ik keur goed' })).toBeChecked();

    await tabTo(user, nextButton(), 80);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Samenwerken' })).toHaveFocus();
  });
});

describe('scan: step 3, working together', () => {
  it('can be answered with the keyboard alone', async () => {
    seedDraft(2, { ...completeScanValues(), collaboration: emptyScanFormValues().collaboration });
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Samenwerken' });

    // Enter in a step without answers: the first invalid field gets focus.
    const email = screen.getByRole('checkbox', { name: 'E-mail' });
    await tabTo(user, email);
    await tabTo(user, nextButton());
    await user.keyboard('{Enter}');
    expect(email).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Hoe hou je graag contact?' })).toHaveAccessibleDescription(
      'Kies er zoveel als je wilt. Kies minstens één manier.',
    );

    await user.keyboard(' ');
    expect(email).toBeChecked();
    await user.tab();
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Videobellen' })).toBeChecked();

    const daily = screen.getByRole('radio', { name: 'Elke dag' });
    await tabTo(user, daily);
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Eén keer per week' })).toBeChecked();

    const cost = screen.getByRole('checkbox', { name: 'De kosten' });
    await tabTo(user, cost);
    await user.keyboard(' ');

    const trial = screen.getByRole('radio', { name: 'Met één proefopdracht' });
    await tabTo(user, trial);
    await user.keyboard(' ');
    expect(trial).toBeChecked();

    await tabTo(user, nextButton());
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Je gegevens' })).toHaveFocus();
    expect(storedDraft().values.collaboration).toEqual({
      channels: ['email', 'video'],
      updateFrequency: 'weekly',
      concerns: ['cost'],
      startPreference: 'trial-task',
    });
  });
});

describe('scan: autosave', () => {
  it('restores answers, the step and the idempotency key after a remount', async () => {
    const first = renderScan();
    await fillAboutStep(first.user);
    first.unmount();

    const second = renderScan();
    expect(await screen.findByRole('textbox', { name: /hoeveel uur werk je/i })).toHaveValue('38');
    expect(screen.getByRole('combobox', { name: 'Wat voor bedrijf heb je?' })).toHaveValue('coach-trainer');
    expect(screen.getByRole('radio', { name: 'Mijn administratie stapelt zich op' })).toBeChecked();
    await second.user.click(nextButton());
    await screen.findByRole('heading', { level: 1, name: 'Je taken' });
    const key = storedDraft().idempotencyKey;
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    await second.user.click(screen.getByRole('checkbox', { name: 'Inbox bijhouden en sorteren' }));
    second.unmount();

    renderScan();
    expect(await screen.findByRole('heading', { level: 1, name: 'Je taken' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Stap 2 van 4' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Inbox bijhouden en sorteren' })).toBeChecked();
    expect(storedDraft().idempotencyKey).toBe(key);
  });

  it('saves while typing, without waiting for a step change', async () => {
    const { user } = renderScan();
    await user.type(await screen.findByLabelText('Hoeveel uur werk je gemiddeld per week?'), '24');
    await waitFor(() => expect(storedDraft()?.values.about.hoursPerWeek).toBe('24'));
  });

  it('ignores a draft that is not valid, starts clean and says so', async () => {
    localStorage.setItem(DRAFT_STORAGE_KEY, '{"version":1,"step":7}');
    renderScan();
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
    expect(screen.getByText(/Je eerder bewaarde antwoorden passen niet meer bij deze versie van de scan/)).toBeInTheDocument();
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('welcomes back a prospect who left halfway, and lets them start again', async () => {
    seedDraft(2);
    const { user } = renderScan();
    expect(await screen.findByRole('heading', { level: 1, name: 'Samenwerken' })).toBeInTheDocument();
    expect(screen.getByText('Welkom terug! Je gaat verder waar je gebleven was; je antwoorden staan er nog.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Liever opnieuw beginnen?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /hoeveel uur werk je/i })).toHaveValue('');
    expect(screen.queryByText(/Welkom terug/)).toBeNull();
  });

  it('an old draft from before the BTW question and "partly" keeps its answers; BTW is simply still to answer', async () => {
    const old = completeScanValues();
    const { vatStatus: _dropped, ...aboutWithoutVat } = old.about;
    localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        savedAt: '2026-11-20T10:00:00.000Z',
        step: 0,
        idempotencyKey: 'old-key-0123456789abcdef',
        values: { ...old, about: aboutWithoutVat, tasks: { catalogueTasks: [{ ...old.tasks.catalogueTasks[0]!, needsMe: 'yes' }], customTasks: [] } },
      }),
    );
    const { user } = renderScan();
    expect(await screen.findByRole('textbox', { name: /hoeveel uur werk je/i })).toHaveValue('40');
    expect(screen.getByText(/Welkom terug!/)).toBeInTheDocument();
    await user.click(nextButton());
    expect(screen.getByRole('group', { name: /Reken je btw\?/ })).toHaveAccessibleDescription(/Kies een van de opties\./);
    await user.click(screen.getByRole('radio', { name: 'Nee, ik gebruik de KOR' }));
    await user.click(nextButton());
    const card = await screen.findByRole('group', { name: 'Inbox bijhouden en sorteren' });
    expect(within(card).getByRole('radio', { name: 'Ja' })).toBeChecked();
  });
});

describe('scan: the browser back button moves between steps', () => {
  it('each step is its own history entry: back and forward move between steps, not away from the scan', async () => {
    window.history.replaceState(null, '');
    const { user } = renderScan();
    await fillAboutStep(user);
    await user.click(nextButton());
    expect(await screen.findByRole('heading', { level: 1, name: 'Je taken' })).toHaveFocus();

    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /hoeveel uur werk je/i })).toHaveValue('38');

    window.history.forward();
    expect(await screen.findByRole('heading', { level: 1, name: 'Je taken' })).toBeInTheDocument();

    // The scan's own Back goes back in history too, so the browser's back then leaves nothing odd behind.
    await user.click(screen.getByRole('button', { name: /vorige/i }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
    expect(window.history.state).toMatchObject({ scanStep: 0, scanDepth: 0 });
  });
});

describe('scan: plausibility of the hours', () => {
  it('asks kindly before step 3 when the tasks take more than the whole working month', async () => {
    seedDraft(1, { ...completeScanValues(), about: { ...completeScanValues().about, hoursPerWeek: '10' } });
    const { user } = renderScan();
    const card = await screen.findByRole('group', { name: 'Inbox bijhouden en sorteren' });
    const hours = within(card).getByRole('textbox', { name: /uur per maand/i });
    await user.clear(hours);
    await user.type(hours, '60');
    // Per week, so "per month" is unmistakable: 60 × 12 / 52 = 13,85.
    expect(hours).toHaveAccessibleDescription('Dat is ongeveer 13,9 uur per week.');
    await user.click(nextButton());
    const warning = await screen.findByRole('alertdialog', { name: 'Klopt dit aantal uren?' });
    expect(warning).toHaveFocus();
    expect(warning).toHaveAccessibleDescription(
      'Je taken samen kosten je 60 uur per maand, terwijl je ongeveer 43,3 uur per maand werkt (10 uur per week). Misschien heb je bij een taak de uren per week ingevuld? Het gaat om uren per máánd.',
    );
    await user.click(within(warning).getByRole('button', { name: 'Ik pas de uren aan' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Je taken' })).toBeInTheDocument();

    await user.click(nextButton());
    await user.click(await screen.findByRole('button', { name: 'Het klopt, ga verder' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Samenwerken' })).toBeInTheDocument();
  });

  it('offers "partly: the VA prepares, I approve" and keeps it', async () => {
    seedDraft(1);
    const { user } = renderScan();
    const card = await screen.findByRole('group', { name: 'Inbox bijhouden en sorteren' });
    await user.click(within(card).getByRole('radio', { name: 'Deels: de VA bereidt voor, ik keur goed' }));
    await waitFor(() => expect(storedDraft().values.tasks.catalogueTasks[0]!.needsMe).toBe('partly'));
  });
});

describe('scan: step 4, contact and sending', () => {
  const submitButton = () => screen.getByRole('button', { name: /bekijk mijn uitslag|even geduld/i });

  it('asks for consent with a short privacy text before sending', async () => {
    seedDraft(3, { ...completeScanValues(), contact: emptyScanFormValues().contact });
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });
    expect(screen.getByText(/Sanne de Vries gebruikt je antwoorden/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Je naam' }), 'Eva');
    await user.type(screen.getByRole('textbox', { name: 'Je e-mailadres' }), 'eva@');
    await user.type(screen.getByRole('textbox', { name: /telefoonnummer/i }), 'bel me');
    await user.click(submitButton());

    const emailField = screen.getByRole('textbox', { name: 'Je e-mailadres' });
    expect(emailField).toHaveFocus();
    expect(emailField).toHaveAccessibleDescription(
      'Hier stuur ik de link naar je uitslag naartoe. Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    );
    expect(screen.getByRole('textbox', { name: /telefoonnummer/i })).toHaveAccessibleDescription(
      'Gebruik alleen cijfers, spaties en + ( ) -.',
    );
    const consent = screen.getByRole('checkbox', { name: /ik ga akkoord/i });
    expect(consent).toHaveAccessibleDescription('Zonder jouw akkoord kan ik je scan niet verwerken.');
    expect(screen.getByRole('checkbox', { name: /stuur me later/i })).not.toHaveAttribute('aria-invalid');
  });

  it('sends once on a double click, with the draft key, then opens the result and forgets the draft', async () => {
    seedDraft(3);
    const api = stubSubmit();
    const { user, pathname } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });

    await user.dblClick(submitButton());
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    expect(submitButton()).toHaveTextContent('Even geduld…');
    await user.click(submitButton());
    expect(api.intakeCalls()).toHaveLength(1);

    const [, init] = api.intakeCalls()[0]!;
    expect(new Headers(init?.headers).get('idempotency-key')).toBe('test-key-0123456789abcdef');
    const body = JSON.parse(String(init?.body));
    expect(body).toMatchObject({
      locale: 'nl',
      about: { hoursPerWeek: 40, hourlyRateCents: 8500, rateKind: 'current' },
      tasks: { catalogueTasks: [{ taskId: 'inbox-triage', minutesPerMonth: 360, needsMe: 'no' }], customTasks: [] },
      contact: { name: 'Eva Jansen', email: 'eva@example.nl', privacyConsent: true, followUpConsent: false },
    });
    expect(body.contact).not.toHaveProperty('phone');

    await api.respond(201, { intakeId: 'i1', resultToken: 'AbCdEfGhIjKlMnOpQrStUv', resultPath: '/r/AbCdEfGhIjKlMnOpQrStUv' });
    await waitFor(() => expect(pathname()).toBe('/r/AbCdEfGhIjKlMnOpQrStUv'));
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('shows server validation issues on the field, going back to the step they belong to', async () => {
    seedDraft(3);
    const api = stubSubmit();
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });

    await user.click(submitButton());
    await api.respond(422, {
      error: {
        code: 'validation_failed',
        message: 'The request is not valid.',
        issues: [{ path: 'contact.email', message: 'Invalid email address' }],
      },
    });
    const email = screen.getByRole('textbox', { name: 'Je e-mailadres' });
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Dit klopt nog niet helemaal/);
    // Corrected, it is checked again at once.
    await user.clear(email);
    await user.type(email, 'eva.jansen@example.nl');
    expect(email).not.toHaveAttribute('aria-invalid');

    await user.click(submitButton());
    await api.respond(422, {
      error: {
        code: 'validation_failed',
        message: 'The request is not valid.',
        issues: [{ path: 'about.hoursPerWeek', message: 'Too big' }],
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
    const hours = screen.getByRole('textbox', { name: /hoeveel uur werk je/i });
    await waitFor(() => expect(hours).toHaveFocus());
    expect(hours).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps the answers and the key when the connection drops, and retries with the same key', async () => {
    seedDraft(3);
    const api = stubSubmit();
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });

    await user.click(submitButton());
    await api.fail();
    expect(await screen.findByRole('alert')).toHaveTextContent(/geen verbinding/i);
    expect(submitButton()).not.toHaveAttribute('aria-disabled');

    await user.click(submitButton());
    await waitFor(() => expect(api.intakeCalls()).toHaveLength(2));
    const keys = api.intakeCalls().map(([, init]) => new Headers(init?.headers).get('idempotency-key'));
    expect(keys[0]).toBe(keys[1]);
  });

  it('starts a new submission after a 409 conflict', async () => {
    seedDraft(3);
    const api = stubSubmit();
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });
    await user.click(submitButton());
    await api.respond(409, { error: { code: 'idempotency_conflict', message: 'Key reused.' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/nog een keer/i);
    expect(storedDraft().idempotencyKey).not.toBe('test-key-0123456789abcdef');
  });

  it('sends the scan again from a final check that finds a problem in an earlier step', async () => {
    const values = completeScanValues();
    seedDraft(3, { ...values, about: { ...values.about, hourlyRate: '' } });
    const api = stubSubmit();
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });
    await user.click(submitButton());
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
    const rate = screen.getByRole('textbox', { name: "Uurtarief in euro's" });
    await waitFor(() => expect(rate).toHaveFocus());
    expect(rate).toHaveAccessibleDescription(/Vul dit nog even in/);
    expect(api.intakeCalls()).toHaveLength(0);
  });
});
