import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation, type DelegationAnswers } from '#shared/delegation/engine.ts';
import type { ResultView as ResultViewData } from '#shared/schemas/result.ts';
import { LocaleProvider } from '../../../i18n/locale.tsx';
import { setLocale } from '../../../paraglide/runtime.js';
import type { EraseStatus } from './erase-data.tsx';
import { ResultView } from './result-view.tsx';

/**
 * The result page's content, rendered from a result the real engine computed with the default
 * catalogue and VA settings: what a prospect sees, found by role and label.
 */

const answers = (overrides: { hourlyRateCents?: number; keepAll?: boolean } = {}): DelegationAnswers => ({
  about: {
    businessKind: 'coach-trainer',
    hoursPerWeek: 40,
    rateKind: 'current',
    hourlyRateCents: overrides.hourlyRateCents ?? 85_00,
    delegationExperience: 'never',
    mainPain: 'admin-piles-up',
  },
  tasks: overrides.keepAll
    ? {
        catalogueTasks: [
          { taskId: 'social-content', minutesPerMonth: 300, feeling: 'enjoy', skill: 'great', needsMe: true },
        ],
        customTasks: [],
      }
    : {
        catalogueTasks: [
          // now: very delegable, drains, others do it better
          { taskId: 'meeting-scheduling', minutesPerMonth: 240, feeling: 'drains', skill: 'others-better', needsMe: false },
          { taskId: 'document-formatting', minutesPerMonth: 120, feeling: 'neutral', skill: 'fine', needsMe: false },
          // after onboarding: needs instruction and is highly sensitive (pulls in confidentiality)
          { taskId: 'invoicing', minutesPerMonth: 180, feeling: 'drains', skill: 'fine', needsMe: false },
          // consider: needs the owner
          { taskId: 'quotes', minutesPerMonth: 90, feeling: 'drains', skill: 'fine', needsMe: true },
          // keep: the owner's own work
          { taskId: 'social-content', minutesPerMonth: 300, feeling: 'enjoy', skill: 'great', needsMe: true },
        ],
        customTasks: [
          { label: 'Workshops voorbereiden', categoryId: 'events-travel', minutesPerMonth: 60, feeling: 'neutral', skill: 'fine', needsMe: false },
        ],
      },
  collaboration: {
    channels: ['email', 'video'],
    updateFrequency: 'weekly',
    concerns: ['control'],
    startPreference: 'trial-task',
  },
});

function buildView(overrides: Parameters<typeof answers>[0] = {}): ResultViewData {
  return {
    intakeId: 'intake-1',
    locale: 'nl',
    firstName: 'Sanne',
    company: 'Sanne Coaching',
    submittedAt: '2026-11-03T10:00:00.000Z',
    result: computeDelegation(answers(overrides), { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS }),
    va: { name: 'Marloes', bookingUrl: 'https://cal.example.nl/kennismaken', replyEmail: 'hallo@example.nl' },
  };
}

function renderView(
  view: ResultViewData = buildView(),
  props: { eraseStatus?: EraseStatus; onErase?: () => void } = {},
) {
  const onErase = props.onErase ?? vi.fn();
  render(
    <LocaleProvider>
      <ResultView
        view={view}
        eraseStatus={props.eraseStatus ?? 'idle'}
        onErase={onErase}
        emailLinkStatus="idle"
        onEmailLink={() => {}}
      />
    </LocaleProvider>,
  );
  return { onErase };
}

// Intl puts a no-break space between € and the amount in Dutch; Testing Library's matchers
// collapse all whitespace, so the plain strings below match it.

function figure(name: RegExp) {
  const heading = screen.getByRole('heading', { level: 3, name });
  const card = heading.closest('li');
  if (!card) throw new Error(`No card for ${String(name)}`);
  return card;
}

describe('ResultView (Dutch)', () => {
  it('greets the prospect and says when and for whom the scan was done', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 1, name: 'Hoi Sanne, dit is je delegatiescan' })).toBeInTheDocument();
    expect(screen.getByText('Ingevuld op 3 november 2026 voor Sanne Coaching')).toBeInTheDocument();
    expect(screen.getByText('Delegatiescan van Marloes')).toBeInTheDocument();
  });

  it('shows the four buckets in order, each with its tasks, hours and reasons', () => {
    renderView();
    const buckets = screen.getByRole('region', { name: 'Welke taken je kunt overdragen' });
    const titles = within(buckets)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(['Nu overdragen', 'Na het inwerken', 'Samen bespreken', 'Zelf houden']);

    const now = within(buckets).getByRole('region', { name: 'Nu overdragen' });
    const meeting = within(now).getByText('Afspraken plannen met klanten').closest('li');
    expect(meeting).not.toBeNull();
    expect(within(meeting as HTMLElement).getByText('4 uur per maand')).toBeInTheDocument();
    const reasons = within(meeting as HTMLElement).getByRole('list', { name: 'Waarom' });
    expect(within(reasons).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Goed op afstand te doen',
      'Kost je energie',
      'Een ander doet het beter',
    ]);
    expect(within(now).getByText('Documenten opmaken')).toBeInTheDocument();

    const onboarding = within(buckets).getByRole('region', { name: 'Na het inwerken' });
    expect(within(onboarding).getByText('Facturen maken en versturen')).toBeInTheDocument();
    expect(within(onboarding).getByText('Vraagt eerst uitleg')).toBeInTheDocument();
    expect(within(onboarding).getByText('Gevoelige gegevens of toegang')).toBeInTheDocument();

    const consider = within(buckets).getByRole('region', { name: 'Samen bespreken' });
    expect(within(consider).getByText('Offertes opmaken')).toBeInTheDocument();
    expect(within(consider).getByText('Workshops voorbereiden')).toBeInTheDocument();
    expect(within(consider).getByText('Je eigen taak')).toBeInTheDocument();

    const keep = within(buckets).getByRole('region', { name: 'Zelf houden' });
    expect(within(keep).getByText('Posts maken (tekst en beeld)')).toBeInTheDocument();
    expect(within(keep).getByText('Hier ben je sterk in')).toBeInTheDocument();
  });

  it('shows the headline figures formatted in Dutch', () => {
    renderView();
    expect(within(figure(/^Tijd die vrijkomt/)).getByText('9 uur')).toBeInTheDocument();
    expect(within(figure(/^Benodigde VA-uren/)).getByText('6,7 uur')).toBeInTheDocument();
    expect(within(figure(/^Waarde van je vrije tijd/)).getByText('€ 765')).toBeInTheDocument();
    expect(within(figure(/^Kosten VA \(excl\. btw\)/)).getByText('€ 316')).toBeInTheDocument();
    expect(within(figure(/^Wat je overhoudt$/)).getByText('€ 449')).toBeInTheDocument();
    expect(within(figure(/^Wat je overhoudt in een jaar/)).getByText('€ 5.389')).toBeInTheDocument();
  });

  it('explains every figure behind a disclosure button', async () => {
    const user = userEvent.setup();
    renderView();
    const toggles = screen.getAllByRole('button', { name: /^Zo rekenen we dit/ });
    expect(toggles).toHaveLength(6);
    for (const toggle of toggles) expect(toggle).toHaveAttribute('aria-expanded', 'false');

    const valueToggle = screen.getByRole('button', { name: 'Zo rekenen we dit: Waarde van je vrije tijd' });
    await user.click(valueToggle);
    expect(valueToggle).toHaveAttribute('aria-expanded', 'true');
    expect(valueToggle).toHaveAccessibleName('Uitleg verbergen: Waarde van je vrije tijd');
    const panel = document.getElementById(valueToggle.getAttribute('aria-controls') ?? '');
    expect(panel).toHaveTextContent('9 uur × je uurtarief van € 85,00 = € 765,00');

    const freed = figure(/^Tijd die vrijkomt/);
    expect(freed).toHaveTextContent('Je gaf in totaal 16,5 uur per maand op.');
    expect(freed).toHaveTextContent('Nu overdragen: 6 uur');
    expect(freed).toHaveTextContent('Na het inwerken: 3 uur');

    // 399 VA minutes do not show exactly as 6,7 hours: the sum says "≈" and why.
    const cost = figure(/^Kosten VA/);
    expect(cost).toHaveTextContent('6,7 uur × mijn uurtarief van € 47,50 (excl. btw) ≈ € 315,88');
    expect(cost).toHaveTextContent('rond af op hele centen');

    expect(figure(/^Benodigde VA-uren/)).toHaveTextContent(
      'Per taak reken ik met 70% tot 80% van de tijd die het jou kost, gemiddeld 74%.',
    );
    expect(figure(/^Wat je overhoudt$/)).toHaveTextContent(
      '€ 765,00 waarde van je tijd − € 315,88 kosten VA = € 449,12',
    );
    expect(figure(/^Wat je overhoudt in een jaar/)).toHaveTextContent(
      '€ 449,12 per maand × 12 maanden = € 5.389,44',
    );
  });

  it('draws one accessible chart per category', () => {
    renderView();
    const charts = within(screen.getByRole('region', { name: 'Per categorie' })).getAllByRole('img');
    expect(charts).toHaveLength(5);
    expect(
      screen.getByRole('img', { name: 'E-mail & agenda: kost je nu 4 uur per maand, daarvan komt 4 uur vrij' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Social media & nieuwsbrieven: kost je nu 5 uur per maand, daarvan komt 0 uur vrij',
      }),
    ).toBeInTheDocument();
  });

  it('shows the trust plan, marking steps pulled in by sensitive tasks', () => {
    renderView();
    const plan = screen.getByRole('region', { name: 'Zo bouwen we vertrouwen op' });
    const control = within(plan).getByRole('article', { name: 'Jij houdt het overzicht' });
    expect(within(control).getByText(/We beginnen met één taak/)).toBeInTheDocument();
    expect(within(control).queryByText('Omdat je taken met gevoelige gegevens overdraagt')).toBeNull();

    const confidentiality = within(plan).getByRole('article', { name: 'Je gegevens zijn bij mij veilig' });
    expect(within(confidentiality).getByText('Omdat je taken met gevoelige gegevens overdraagt')).toBeInTheDocument();
    expect(within(confidentiality).getByText(/verwerkersovereenkomst/)).toBeInTheDocument();
  });

  it('suggests a start: preference, package and the first tasks by name', () => {
    renderView();
    const start = screen.getByRole('region', { name: 'Zo kun je beginnen' });
    expect(within(start).getByText('Beginnen met een proefopdracht')).toBeInTheDocument();
    expect(within(start).getByText('8 uur per maand voor € 380,00 per maand (excl. btw)')).toBeInTheDocument();
    expect(within(start).getByText(/ongeveer 6,7 uur per maand nodig/)).toBeInTheDocument();
    expect(within(start).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Afspraken plannen met klanten',
      'Documenten opmaken',
      'Facturen maken en versturen',
    ]);
  });

  it('offers the next step: book a call or e-mail the VA', () => {
    renderView();
    expect(screen.getByRole('link', { name: 'Plan een kennismakingsgesprek' })).toHaveAttribute(
      'href',
      'https://cal.example.nl/kennismaken',
    );
    expect(screen.getByRole('link', { name: 'Mail Marloes' })).toHaveAttribute(
      'href',
      'mailto:hallo@example.nl?subject=Mijn%20delegatiescan',
    );
    expect(screen.getByRole('button', { name: 'Printen / opslaan als pdf' })).toBeInTheDocument();
  });

  it('never links to a booking URL that is not a web or mail address', () => {
    const view = buildView();
    renderView({ ...view, va: { ...view.va, bookingUrl: 'javascript:alert(1)' } });
    expect(screen.queryByRole('link', { name: 'Plan een kennismakingsgesprek' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Mail Marloes' })).toBeInTheDocument();
  });

  it('is honest when handing over costs more than the time is worth', () => {
    renderView(buildView({ hourlyRateCents: 30_00 }));
    // 9 hours × €30 = €270 value against €315.88 VA cost.
    expect(within(figure(/^Wat het je meer kost$/)).getByText('€ 46')).toBeInTheDocument();
    expect(figure(/^Wat het je meer kost$/)).toHaveTextContent('€ 270,00 waarde van je tijd − € 315,88 kosten VA = € \u2212\u206045,88');
    expect(screen.getByText(/puur in geld kost een VA je € 45,88 per maand meer/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Wat je overhoudt' })).toBeNull();
  });

  it('says so plainly when nothing would be handed over', () => {
    renderView(buildView({ keepAll: true }));
    expect(screen.getByText(/houd je je taken liever zelf/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Zo rekenen we dit/ })).toBeNull();
    expect(screen.getByText('De eerste taak kiezen we samen uit in het kennismakingsgesprek.')).toBeInTheDocument();
  });
});

describe('ResultView (English)', () => {
  it('shows everything in English, with English number formats', () => {
    setLocale('en', { reload: false });
    renderView();
    expect(screen.getByRole('heading', { level: 1, name: 'Hi Sanne, here is your delegation scan' })).toBeInTheDocument();
    expect(screen.getByText('Completed on 3 November 2026 for Sanne Coaching')).toBeInTheDocument();

    const buckets = screen.getByRole('region', { name: 'Which tasks you could hand over' });
    expect(
      within(buckets)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Hand over now', 'After onboarding', 'Talk it through', 'Keep doing yourself']);
    expect(within(buckets).getByText('Scheduling meetings with clients')).toBeInTheDocument();
    expect(within(buckets).getAllByText('Works well remotely').length).toBeGreaterThan(0);

    expect(within(figure(/^Time freed up/)).getByText('9 hours')).toBeInTheDocument();
    expect(within(figure(/^VA hours needed/)).getByText('6.7 hours')).toBeInTheDocument();
    expect(within(figure(/^Value of the time freed/)).getByText('€765')).toBeInTheDocument();
    expect(within(figure(/^Net gain over a year/)).getByText('€5,389')).toBeInTheDocument();
    expect(figure(/^Value of the time freed/)).toHaveTextContent('9 hours × your hourly rate of €85.00 = €765.00');

    const plan = screen.getByRole('region', { name: 'How we build trust' });
    const confidentiality = within(plan).getByRole('article', { name: 'Your data is safe with me' });
    expect(
      within(confidentiality).getByText("Because you're handing over tasks with sensitive data"),
    ).toBeInTheDocument();

    expect(screen.getByText('8 hours a month for €380.00 a month (excl. VAT)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Book an intro call' })).toBeInTheDocument();
  });
});

describe('Erase my data', () => {
  it('asks for confirmation first, and cancelling keeps everything', async () => {
    const user = userEvent.setup();
    const { onErase } = renderView();
    const eraseButton = screen.getByRole('button', { name: 'Wis mijn gegevens' });
    await user.click(eraseButton);

    const confirm = screen.getByRole('group', { name: 'Weet je het zeker?' });
    expect(confirm).toHaveAccessibleDescription(/verwijder je dit resultaat, je antwoorden en de e-mails/);
    expect(within(confirm).getByRole('heading', { name: 'Weet je het zeker?' })).toHaveFocus();

    await user.click(within(confirm).getByRole('button', { name: 'Nee, toch bewaren' }));
    expect(screen.queryByRole('group', { name: 'Weet je het zeker?' })).toBeNull();
    expect(onErase).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Wis mijn gegevens' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Hoi Sanne, dit is je delegatiescan' })).toBeInTheDocument();
  });

  it('closes the confirmation with Escape', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('button', { name: 'Wis mijn gegevens' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Weet je het zeker?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Wis mijn gegevens' })).toHaveFocus();
  });

  it('erases only after the confirm button', async () => {
    const user = userEvent.setup();
    const { onErase } = renderView();
    await user.click(screen.getByRole('button', { name: 'Wis mijn gegevens' }));
    await user.click(screen.getByRole('button', { name: 'Ja, wis alles' }));
    expect(onErase).toHaveBeenCalledTimes(1);
  });

  it('shows progress while erasing and an error when it failed', async () => {
    const user = userEvent.setup();
    const onErase = vi.fn();
    const view = buildView();
    const { rerender } = render(
      <LocaleProvider>
        <ResultView view={view} eraseStatus="idle" onErase={onErase} emailLinkStatus="idle" onEmailLink={() => {}} />
      </LocaleProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Wis mijn gegevens' }));

    rerender(
      <LocaleProvider>
        <ResultView view={view} eraseStatus="pending" onErase={onErase} emailLinkStatus="idle" onEmailLink={() => {}} />
      </LocaleProvider>,
    );
    const pendingButton = screen.getByRole('button', { name: 'Bezig met wissen…' });
    expect(pendingButton).toHaveAttribute('aria-disabled', 'true');
    await user.click(pendingButton);
    expect(onErase).not.toHaveBeenCalled();

    rerender(
      <LocaleProvider>
        <ResultView view={view} eraseStatus="failed" onErase={onErase} emailLinkStatus="idle" onEmailLink={() => {}} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Het wissen is niet gelukt.');
    await user.click(screen.getByRole('button', { name: 'Ja, wis alles' }));
    expect(onErase).toHaveBeenCalledTimes(1);
  });
});

describe('ResultView embedded (the back office shows it)', () => {
  it('is the same result without the page landmark, the page heading and the prospect-only actions', () => {
    render(
      <LocaleProvider>
        <ResultView view={buildView()} embedded />
      </LocaleProvider>,
    );
    expect(screen.getByText('Hoi Sanne, dit is je delegatiescan')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.queryByRole('main')).toBeNull();
    expect(screen.getByRole('region', { name: 'Welke taken je kunt overdragen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Printen / opslaan als pdf' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Wis mijn gegevens' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mail mij deze link' })).toBeNull();
  });
});
