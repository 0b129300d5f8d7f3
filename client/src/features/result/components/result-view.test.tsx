import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation, type DelegationAnswers } from '#shared/delegation/engine.ts';
import { DelegationResult, type ResultView as ResultViewData } from '#shared/schemas/result.ts';
import v1Fixture from '../../../../../tests/fixtures/intake-engine-1.0.0.json';
import { LocaleProvider } from '../../../i18n/locale.tsx';
import { setLocale } from '../../../paraglide/runtime.js';
import type { EraseStatus } from './erase-data.tsx';
import { ResultView } from './result-view.tsx';

/**
 * The result page's content, rendered from a result the real engine computed with the default
 * catalogue and VA settings: what a prospect sees, found by role and label.
 */

const answers = (overrides: { hourlyRateCents?: number; keepAll?: boolean; vatStatus?: 'normal' | 'kor' } = {}): DelegationAnswers => ({
  about: {
    businessKind: 'coach-trainer',
    hoursPerWeek: 40,
    rateKind: 'current',
    hourlyRateCents: overrides.hourlyRateCents ?? 85_00,
    vatStatus: overrides.vatStatus ?? 'normal',
    delegationExperience: 'some-tasks',
    mainPain: 'admin-piles-up',
  },
  tasks: overrides.keepAll
    ? {
        catalogueTasks: [{ taskId: 'social-content', minutesPerMonth: 300, feeling: 'enjoy', skill: 'great', needsMe: 'yes' }],
        customTasks: [],
      }
    : {
        catalogueTasks: [
          // now: a quick win that drains; and invoicing, sensitive but a quick win with trust steps
          { taskId: 'meeting-scheduling', minutesPerMonth: 240, feeling: 'drains', skill: 'others-better', needsMe: 'no' },
          { taskId: 'invoicing', minutesPerMonth: 180, feeling: 'drains', skill: 'fine', needsMe: 'no' },
          // after onboarding: moves money
          { taskId: 'bill-payments', minutesPerMonth: 120, feeling: 'drains', skill: 'fine', needsMe: 'no' },
          // consider: the owner enjoys it
          { taskId: 'inbox-triage', minutesPerMonth: 300, feeling: 'enjoy', skill: 'fine', needsMe: 'no' },
          // keep: the owner's own work
          { taskId: 'social-content', minutesPerMonth: 300, feeling: 'enjoy', skill: 'great', needsMe: 'yes' },
        ],
        customTasks: [
          { label: 'Workshops voorbereiden', categoryId: 'events-travel', minutesPerMonth: 60, feeling: 'neutral', skill: 'fine', needsMe: 'no' },
        ],
      },
  collaboration: {
    channels: ['email', 'video'],
    updateFrequency: 'weekly',
    concerns: ['control'],
    startPreference: 'monthly-hours',
  },
});

const VA = { name: 'Marloes', bookingUrl: 'https://cal.example.nl/kennismaken', replyEmail: 'hallo@example.nl' };

function buildView(overrides: Parameters<typeof answers>[0] = {}): ResultViewData {
  return {
    intakeId: 'intake-1',
    locale: 'nl',
    firstName: 'Sanne',
    company: 'Sanne Coaching',
    submittedAt: '2026-12-08T10:00:00.000Z',
    result: computeDelegation(answers(overrides), { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS }),
    va: VA,
    emailDelivery: true,
  };
}

/** An intake engine 1.0.0 computed in November 2026, as stored (tests/fixtures). */
function storedV1View(): ResultViewData {
  return {
    intakeId: 'intake-0',
    locale: 'nl',
    firstName: 'Sanne',
    company: 'Sanne Coaching',
    submittedAt: '2026-11-03T10:00:00.000Z',
    result: DelegationResult.parse(v1Fixture.result),
    va: VA,
    emailDelivery: true,
  };
}

const RESULT_URL = 'https://scan.example.nl/r/AbCdEfGhIjKlMnOpQrStUv';

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
        resultUrl={RESULT_URL}
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

describe('A result stored by engine 1.0.0 renders as it was computed (Dutch)', () => {
  it('greets the prospect and says when and for whom the scan was done', () => {
    renderView(storedV1View());
    expect(screen.getByRole('heading', { level: 1, name: 'Hoi Sanne, dit is je delegatiescan' })).toBeInTheDocument();
    expect(screen.getByText('Ingevuld op 3 november 2026 voor Sanne Coaching')).toBeInTheDocument();
    expect(screen.getByText('Delegatiescan van Marloes')).toBeInTheDocument();
  });

  it('shows the four buckets in order, each with its tasks, hours and reasons', () => {
    renderView(storedV1View());
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
    renderView(storedV1View());
    expect(within(figure(/^Tijd die vrijkomt/)).getByText('9 uur')).toBeInTheDocument();
    expect(within(figure(/^Benodigde VA-uren/)).getByText('6,7 uur')).toBeInTheDocument();
    expect(within(figure(/^Waarde als je die uren declareert/)).getByText('€ 765')).toBeInTheDocument();
    expect(within(figure(/^Kosten VA \(excl\. btw\)/)).getByText('€ 316')).toBeInTheDocument();
    expect(within(figure(/^Wat je overhoudt$/)).getByText('€ 449')).toBeInTheDocument();
    expect(within(figure(/^Wat je overhoudt in een jaar/)).getByText('€ 5.389')).toBeInTheDocument();
  });

  it('explains every figure behind a disclosure button', async () => {
    const user = userEvent.setup();
    renderView(storedV1View());
    const toggles = screen.getAllByRole('button', { name: /^Zo rekenen we dit/ });
    expect(toggles).toHaveLength(6);
    for (const toggle of toggles) expect(toggle).toHaveAttribute('aria-expanded', 'false');

    const valueToggle = screen.getByRole('button', { name: 'Zo rekenen we dit: Waarde als je die uren declareert' });
    await user.click(valueToggle);
    expect(valueToggle).toHaveAttribute('aria-expanded', 'true');
    expect(valueToggle).toHaveAccessibleName('Uitleg verbergen: Waarde als je die uren declareert');
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
    renderView(storedV1View());
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
    renderView(storedV1View());
    const plan = screen.getByRole('region', { name: 'Zo bouwen we vertrouwen op' });
    const control = within(plan).getByRole('article', { name: 'Jij houdt het overzicht' });
    expect(within(control).getByText(/We beginnen met één taak/)).toBeInTheDocument();
    expect(within(control).queryByText('Omdat je taken met gevoelige gegevens overdraagt')).toBeNull();

    const confidentiality = within(plan).getByRole('article', { name: 'Je gegevens zijn bij mij veilig' });
    expect(within(confidentiality).getByText('Omdat je taken met gevoelige gegevens overdraagt')).toBeInTheDocument();
    expect(within(confidentiality).getByText(/verwerkersovereenkomst/)).toBeInTheDocument();
  });

  it('suggests a start: preference, package and the first tasks by name', () => {
    renderView(storedV1View());
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
    renderView(storedV1View());
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
});

describe('A result stored by engine 1.0.0 (English)', () => {
  it('shows everything in English, with English number formats', () => {
    setLocale('en', { reload: false });
    renderView(storedV1View());
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
    expect(within(figure(/^Worth, if you bill those hours/)).getByText('€765')).toBeInTheDocument();
    expect(within(figure(/^Net gain over a year/)).getByText('€5,389')).toBeInTheDocument();
    expect(figure(/^Worth, if you bill those hours/)).toHaveTextContent('9 hours × your hourly rate of €85.00 = €765.00');

    const plan = screen.getByRole('region', { name: 'How we build trust' });
    const confidentiality = within(plan).getByRole('article', { name: 'Your data is safe with me' });
    expect(
      within(confidentiality).getByText("Because you're handing over tasks with sensitive data"),
    ).toBeInTheDocument();

    expect(screen.getByText('8 hours a month for €380.00 a month (excl. VAT)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Book an intro call' })).toBeInTheDocument();
  });
});

describe('ResultView, engine 2.0.0 (Dutch)', () => {
  it('leads to the call: the two headline figures and the call to action come first', () => {
    renderView();
    const main = screen.getByRole('main');
    const headline = within(main).getByRole('region', { name: 'Wat het je oplevert' });
    // From month 3: meetings 216 + invoicing 162 + bills 108 minutes freed = 8,1 uur.
    expect(within(headline).getByText('Tijd die je terugkrijgt').nextElementSibling).toHaveTextContent('8,1 uur');
    expect(within(headline).getByText('Netto, als je die uren declareert')).toBeInTheDocument();
    expect(headline).toHaveTextContent(/In maand 1: .* terug voor .*\. Gerekend met jouw eigen schatting van de uren\./);
    const cta = within(main).getByRole('region', { name: 'Zullen we dit samen doornemen?' });
    expect(within(cta).getByRole('link', { name: 'Plan een kennismakingsgesprek' })).toHaveAttribute('href', 'https://cal.example.nl/kennismaken');
    // The call to action follows the figures directly, before the start, the buckets and the plans.
    const order = [headline, cta, screen.getByRole('region', { name: 'Zo kun je beginnen' }), screen.getByRole('region', { name: 'Welke taken je kunt overdragen' })];
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('one sentence per task; an empty bucket reads as advice, not "no tasks"', () => {
    renderView();
    const buckets = screen.getByRole('region', { name: 'Welke taken je kunt overdragen' });
    const now = within(buckets).getByRole('region', { name: 'Nu overdragen' });
    const invoicing = within(now).getByText('Facturen maken en versturen').closest('li')!;
    expect(invoicing).toHaveTextContent(
      'Kost je energie en vraagt weinig uitleg, dus dit kan meteen: je maakt in je boekhoudpakket een eigen gebruiker voor me aan, zonder betaalrechten.',
    );
    expect(within(invoicing).getByText('Gevoelige gegevens of toegang')).toBeInTheDocument();
    const consider = within(buckets).getByRole('region', { name: 'Samen bespreken' });
    expect(within(consider).getByText('Inbox bijhouden en sorteren').closest('li')).toHaveTextContent(/Een twijfelgeval|Dit doe je graag/);
    renderView(buildView({ keepAll: true }));
    expect(screen.getAllByText(/Geen snelle start deze keer/).length).toBeGreaterThan(0);
    expect(screen.queryByText('Geen taken in deze groep.')).toBeNull();
  });

  it('own tasks wait for the call, outside the hours and euros', () => {
    renderView();
    const own = screen.getByRole('region', { name: 'Je eigen taken: die bespreken we samen' });
    expect(within(own).getByText('Workshops voorbereiden')).toBeInTheDocument();
    expect(own).toHaveTextContent('tellen daarom nog niet mee in de uren en bedragen');
  });

  it('the trust plan holds every agreement the sensitive tasks need, with the tasks, and their update rhythm', () => {
    renderView();
    const plan = screen.getByRole('region', { name: 'Zo bouwen we vertrouwen op' });
    expect(within(plan).getByRole('article', { name: 'Zo houden we contact' })).toHaveTextContent(
      'Je krijgt elke week een korte update via e-mail of een kort videogesprek',
    );
    const money = within(plan).getByRole('article', { name: 'Vier ogen bij geld' });
    expect(money).toHaveTextContent('Geldt voor: Rekeningen klaarzetten voor betaling');
    const access = within(plan).getByRole('article', { name: 'Eigen toegang, jouw wachtwoord blijft van jou' });
    expect(access).toHaveTextContent(/Afspraken plannen met klanten · Facturen maken en versturen/);
    // Control was ticked and this is someone who delegated before: one task first, because of control.
    expect(within(plan).getByRole('article', { name: 'Jij houdt het overzicht' })).toHaveTextContent(/We beginnen met één taak: /);
  });

  it('the first 30 days, and a start at the real price that adds up as shown', () => {
    renderView();
    const days = screen.getByRole('region', { name: 'Je eerste 30 dagen' });
    expect(within(days).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Kennismakingsgesprek', 'Toegang en afspraken', 'De eerste taak', 'Eerste evaluatie', 'Wat erbij komt',
    ]);
    const start = screen.getByRole('region', { name: 'Zo kun je beginnen' });
    // About 2 VA hours a month at first: a bundle, not a package that would cost more than it frees.
    expect(start).toHaveTextContent(/Begin met een urenbundel van 5 uur voor € 245 excl\. btw, vooraf betaald en 3 maanden geldig\./);
    expect(start).toHaveTextContent('Voor zo weinig uren per maand is een vast pakket te groot');
    const details = screen.getByRole('region', { name: 'Alle cijfers op een rij' });
    const rows = within(details).getAllByRole('row');
    const cells = (label: string) => rows.find((row) => row.textContent?.startsWith(label))!.querySelectorAll('td');
    const cents = (text: string | null) => Math.round(Number((text ?? '').replace(/[^0-9,−-]/g, '').replace('−', '-').replace('.', '').replace(',', '.')) * 100);
    for (const column of [0, 1]) {
      const value = cents(cells('Waarde als je die uren declareert')[column]!.textContent);
      const cost = cents(cells('Kosten VA, excl. btw')[column]!.textContent);
      const net = cents(cells('Netto per maand')[column]!.textContent);
      expect(net).toBe(value - cost);
    }
  });

  it('a prospect on the KOR sees 21 % BTW on the VA cost', () => {
    renderView(buildView({ vatStatus: 'kor' }));
    const details = screen.getByRole('region', { name: 'Alle cijfers op een rij' });
    expect(within(details).getByText('21% btw die je niet terugkrijgt')).toBeInTheDocument();
    expect(details).toHaveTextContent('Je gebruikt de KOR');
  });

  it('never links to a booking URL that is not a web or mail address', () => {
    const view = buildView();
    renderView({ ...view, va: { ...view.va, bookingUrl: 'javascript:alert(1)' } });
    expect(screen.queryByRole('link', { name: 'Plan een kennismakingsgesprek' })).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Mail Marloes' }).length).toBeGreaterThan(0);
  });

  it('is honest when handing over costs more than the time is worth', () => {
    renderView(buildView({ hourlyRateCents: 15_00 }));
    expect(screen.getByText('Kost je meer dan het oplevert in geld')).toBeInTheDocument();
    expect(screen.getByText(/Eerlijk is eerlijk: in geld kost deze start je/)).toBeInTheDocument();
  });

  it('in English too', () => {
    setLocale('en', { reload: false });
    renderView();
    expect(screen.getByRole('region', { name: 'What it gains you' })).toHaveTextContent('8.1 hours');
    expect(screen.getByRole('region', { name: 'Shall we go through this together?' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your first 30 days' })).toBeInTheDocument();
    expect(screen.getAllByText(/Drains your energy and takes little explaining/).length).toBeGreaterThan(0);
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
        <ResultView view={view} eraseStatus="idle" onErase={onErase} emailLinkStatus="idle" onEmailLink={() => {}} resultUrl={RESULT_URL} />
      </LocaleProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Wis mijn gegevens' }));

    rerender(
      <LocaleProvider>
        <ResultView view={view} eraseStatus="pending" onErase={onErase} emailLinkStatus="idle" onEmailLink={() => {}} resultUrl={RESULT_URL} />
      </LocaleProvider>,
    );
    const pendingButton = screen.getByRole('button', { name: 'Bezig met wissen…' });
    expect(pendingButton).toHaveAttribute('aria-disabled', 'true');
    await user.click(pendingButton);
    expect(onErase).not.toHaveBeenCalled();

    rerender(
      <LocaleProvider>
        <ResultView view={view} eraseStatus="failed" onErase={onErase} emailLinkStatus="idle" onEmailLink={() => {}} resultUrl={RESULT_URL} />
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
