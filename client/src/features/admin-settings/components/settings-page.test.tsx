import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VaSettings, VaSettingsInput } from '#shared/schemas/admin-settings.ts';
import { renderSettingsPage, TEST_CSRF_TOKEN, testSettings, TINY_PNG_BASE64 } from '../testing/render-settings.tsx';

type Deferred = { resolve: (response: Response) => void; reject: (error: unknown) => void };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The network, by hand: every call waits until the test answers it. */
function stubApi() {
  const pending: Deferred[] = [];
  const fetchMock = vi.fn(
    (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const respond = async (status: number, body: unknown) => {
    await waitFor(() => expect(pending.length).toBeGreaterThan(0));
    await act(async () => pending.shift()!.resolve(json(status, body)));
  };
  /** What the page sent: method, path, CSRF header and the JSON body. */
  const sent = (index = 0) => {
    const [input, init] = fetchMock.mock.calls[index]!;
    return {
      method: init?.method,
      url: String(input),
      csrf: new Headers(init?.headers).get('X-CSRF-Token'),
      body: JSON.parse(String(init?.body)) as VaSettingsInput,
    };
  };
  return { fetchMock, respond, sent };
}

const saveButton = () => screen.getByRole('button', { name: /^opslaan/i });
/** The save bar's status line: the last on the page (the embed section's copy button has one too). */
const saveStatus = () => screen.getAllByRole('status').at(-1)!;

afterEach(() => {
  vi.unstubAllGlobals();
});

// A whole form of some seventy fields, typed into key by key: slower than most component tests.
describe('settings page', { timeout: 20_000 }, () => {
  it('arriving at one section (a link from the setup checklist) puts focus on its heading', () => {
    window.history.replaceState(null, '', '/admin/settings#settings-embed');
    try {
      renderSettingsPage();
      expect(screen.getByRole('heading', { level: 2, name: 'Insluiten op je website' })).toHaveFocus();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('shows the saved settings in seven sections', () => {
    renderSettingsPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeInTheDocument();
    expect(screen.getByText(/resultaten die al gemaakt zijn, houden de instellingen/)).toBeInTheDocument();
    const names = ['Over jou', 'Huisstijl', 'Tarief & pakketten', 'Proefopdracht, urenbundels & briefen', 'Vertrouwensplan', 'Insluiten op je website', 'Bewaartermijn'];
    for (const name of names) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', expect.stringMatching(/^#settings-/));
    }
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Sanne de Vries');
    expect(screen.getByRole('textbox', { name: 'E-mailadres voor antwoorden' })).toHaveValue('sanne@example.nl');
    expect(screen.getByRole('textbox', { name: /^Boekingslink/ })).toHaveValue('https://cal.example.nl/sanne');
    expect(screen.getByRole('textbox', { name: 'E-mailhandtekening' })).toHaveValue('Hartelijke groet,\nSanne');
    expect(screen.getByRole('textbox', { name: 'Uurtarief' })).toHaveValue('47,50');
    expect(screen.getByRole('textbox', { name: 'Kleurcode' })).toHaveValue('#0f766e');
    expect(screen.getByLabelText('Kleur kiezen')).toHaveValue('#0f766e');
    expect(screen.getByText(/Contrast met witte tekst: 5,4:1\. Goed leesbaar/)).toBeInTheDocument();

    // Packages: hours, price and what that comes to per hour.
    const packages = within(screen.getByRole('group', { name: 'Pakketten' })).getAllByRole('listitem');
    expect(packages).toHaveLength(4);
    expect(within(packages[1]!).getByRole('textbox', { name: 'Uren per maand (pakket 2)' })).toHaveValue('16');
    const price = within(packages[1]!).getByRole('textbox', { name: 'Prijs per maand (pakket 2)' });
    expect(price).toHaveValue('740');
    expect(price).toHaveAccessibleDescription(/^Komt neer op €\s46,25 per uur\.$/);

    // Trust texts: Dutch and English side by side, per concern.
    const control = screen.getByRole('region', { name: 'Bang de controle kwijt te raken' });
    expect(within(control).getByRole('textbox', { name: /^Titel in het Nederlands/ })).toHaveValue('Jij houdt het overzicht');
    expect(within(control).getByRole('textbox', { name: /^Titel in het Engels/ })).toHaveValue('You stay in control');
    expect(within(control).getByRole('textbox', { name: 'Engels (Stap 2, Bang de controle kwijt te raken)' })).toHaveValue(
      'Everything I send or arrange on your behalf is there for you to find: nothing happens out of your sight.',
    );

    // Her other offers and the briefing share.
    const offers = screen.getByRole('region', { name: 'Proefopdracht, urenbundels & briefen' });
    expect(within(offers).getByRole('checkbox', { name: 'Ik bied een proefopdracht aan' })).toBeChecked();
    expect(within(offers).getByRole('textbox', { name: 'Prijs' })).toHaveValue('120');
    const bundles = within(within(offers).getByRole('group', { name: 'Urenbundels (strippenkaarten)' })).getAllByRole('listitem');
    expect(bundles).toHaveLength(3);
    expect(within(bundles[1]!).getByRole('textbox', { name: 'Geldig (bundel 2)' })).toHaveValue('6');
    expect(within(offers).getByRole('textbox', { name: /^Tijd die je klant zelf houdt/ })).toHaveValue('10');
    expect(saveStatus()).toHaveTextContent('');
  });

  it('refuses a colour too light for white text and a booking link that is not https, on their fields', async () => {
    const { fetchMock } = stubApi();
    const { user } = renderSettingsPage();
    const colour = screen.getByRole('textbox', { name: 'Kleurcode' });
    await user.clear(colour);
    await user.type(colour, '#FFD54F');
    // Told while typing, before saving.
    expect(screen.getByText(/Contrast met witte tekst: 1,4:1\. Te laag: minimaal 4,5:1 nodig/)).toBeInTheDocument();
    expect(screen.getByLabelText('Kleur kiezen')).toHaveValue('#ffd54f');

    const booking = screen.getByRole('textbox', { name: /^Boekingslink/ });
    await user.clear(booking);
    await user.type(booking, 'http://cal.example.nl/sanne');
    await user.click(saveButton());

    expect(booking).toHaveAttribute('aria-invalid', 'true');
    expect(booking).toHaveAccessibleDescription(expect.stringContaining('Gebruik een link die begint met https:// of een mailto:-adres.'));
    // The first problem on the page gets focus.
    expect(booking).toHaveFocus();
    expect(colour).toHaveAttribute('aria-invalid', 'true');
    expect(colour).toHaveAccessibleDescription(
      expect.stringContaining('Deze kleur is te licht voor witte tekst. Kies een donkerdere kleur.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Nog niet opgeslagen: bekijk de velden met een melding.');
    expect(fetchMock).not.toHaveBeenCalled();

    // Corrected, the message goes at once.
    await user.clear(colour);
    await user.type(colour, '#1d4ed8');
    await waitFor(() => expect(colour).not.toHaveAttribute('aria-invalid'));
    expect(screen.getByText(/Contrast met witte tekst: 6,7:1\. Goed leesbaar/)).toBeInTheDocument();
  });

  it('adds and removes package rows, and sends their prices in cents', async () => {
    const { respond, sent } = stubApi();
    const { user } = renderSettingsPage();
    const group = screen.getByRole('group', { name: 'Pakketten' });
    const rows = () => within(group).getAllByRole('listitem');

    await user.click(screen.getByRole('button', { name: 'Pakket toevoegen' }));
    expect(rows()).toHaveLength(5);
    const hours = screen.getByRole('textbox', { name: 'Uren per maand (pakket 5)' });
    expect(hours).toHaveFocus();
    await user.type(hours, '12');
    const price = screen.getByRole('textbox', { name: 'Prijs per maand (pakket 5)' });
    await user.type(price, '€ 1.234,56');
    expect(price).toHaveAccessibleDescription(/^Komt neer op €\s102,88 per uur\.$/);

    // Six is the most.
    await user.click(screen.getByRole('button', { name: 'Pakket toevoegen' }));
    expect(screen.getByRole('button', { name: 'Pakket toevoegen' })).toBeDisabled();
    expect(screen.getByText('Je hebt het maximum van 6 pakketten.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pakket 6 verwijderen' }));
    expect(rows()).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Pakket toevoegen' })).toHaveFocus();

    // Remove the first (8 hours for € 380).
    await user.click(screen.getByRole('button', { name: 'Pakket 1 verwijderen' }));
    expect(rows()).toHaveLength(4);
    expect(screen.getByRole('textbox', { name: 'Uren per maand (pakket 1)' })).toHaveValue('16');

    await user.click(saveButton());
    await waitFor(() => expect(sent().body).toBeDefined());
    // Whole cents, sorted by hours as the shared schema stores them.
    expect(sent().body.packages).toEqual([
      { hoursPerMonth: 12, priceCents: 1_234_56 },
      { hoursPerMonth: 16, priceCents: 740_00 },
      { hoursPerMonth: 24, priceCents: 1_080_00 },
      { hoursPerMonth: 40, priceCents: 1_760_00 },
    ]);
    await respond(200, { ...testSettings(), packages: sent().body.packages, updatedAt: '2026-03-03T10:00:00.000Z' });
    // The form now shows what was stored, in that order.
    expect(screen.getByRole('textbox', { name: 'Uren per maand (pakket 1)' })).toHaveValue('12');
    expect(screen.getByRole('textbox', { name: 'Prijs per maand (pakket 1)' })).toHaveValue('1234,56');
  });

  it('flags a package price that is not an amount, and two packages with the same hours', async () => {
    const { fetchMock } = stubApi();
    const { user } = renderSettingsPage();
    const price = screen.getByRole('textbox', { name: 'Prijs per maand (pakket 1)' });
    await user.clear(price);
    await user.type(price, '380,505');
    const hours = screen.getByRole('textbox', { name: 'Uren per maand (pakket 3)' });
    await user.clear(hours);
    await user.type(hours, '16');
    await user.click(saveButton());

    expect(price).toHaveAccessibleDescription(expect.stringContaining('hoogstens twee cijfers achter de komma'));
    expect(price).toHaveFocus();

    // Once every package reads well, the shared schema compares them.
    await user.clear(price);
    await user.type(price, '380,50');
    await user.click(saveButton());
    expect(hours).toHaveAccessibleDescription(expect.stringContaining('Er is al een pakket van 16 uur.'));
    expect(hours).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('saves the whole form with the CSRF token, then says so', async () => {
    const { respond, sent, fetchMock } = stubApi();
    const { user } = renderSettingsPage();
    expect(screen.getByText('Geen wijzigingen.')).toBeInTheDocument();

    const rate = screen.getByRole('textbox', { name: 'Uurtarief' });
    await user.clear(rate);
    await user.type(rate, '52,5');
    const name = screen.getByRole('textbox', { name: 'Naam' });
    await user.clear(name);
    await user.type(name, '  Sanne van Dijk ');
    const control = screen.getByRole('region', { name: 'Bang de controle kwijt te raken' });
    await user.click(within(control).getByRole('button', { name: 'Stap toevoegen (Bang de controle kwijt te raken)' }));
    const newStep = within(control).getByRole('textbox', { name: 'Nederlands (Stap 3, Bang de controle kwijt te raken)' });
    expect(newStep).toHaveFocus();
    await user.type(newStep, 'Je kunt altijd meekijken.');
    await user.type(within(control).getByRole('textbox', { name: 'Engels (Stap 3, Bang de controle kwijt te raken)' }), 'You can always look over my shoulder.');
    await user.click(within(control).getByRole('button', { name: 'Stap 1 verwijderen (Bang de controle kwijt te raken)' }));
    expect(screen.getByText('Je hebt wijzigingen die nog niet zijn opgeslagen.')).toBeInTheDocument();

    await user.click(saveButton());
    // While saving: the fields are off and a second press sends nothing.
    expect(screen.getByRole('button', { name: 'Opslaan…' })).toHaveAttribute('aria-disabled', 'true');
    expect(name).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Opslaan…' }));
    expect(fetchMock).toHaveBeenCalledTimes(1);

    const request = sent();
    expect(request.method).toBe('PUT');
    expect(request.url).toMatch(/\/api\/admin\/settings$/);
    expect(request.csrf).toBe(TEST_CSRF_TOKEN);
    const original = testSettings();
    const controlSteps = original.trustTexts.control.steps;
    const expected: VaSettingsInput = {
      vaName: 'Sanne van Dijk',
      logoDataUrl: null,
      brandColor: '#0f766e',
      hourlyRateCents: 52_50,
      packages: original.packages,
      offers: original.offers,
      briefingSharePercent: 10,
      bookingUrl: 'https://cal.example.nl/sanne',
      replyEmail: 'sanne@example.nl',
      emailSignature: 'Hartelijke groet,\nSanne',
      trustTexts: {
        ...original.trustTexts,
        control: {
          title: original.trustTexts.control.title,
          steps: [
            controlSteps[1]!,
            { nl: 'Je kunt altijd meekijken.', en: 'You can always look over my shoulder.' },
          ],
        },
      },
      embedOrigins: [],
      retentionMonths: 12,
    };
    expect(request.body).toEqual(expected);

    const saved: VaSettings = { ...expected, updatedAt: '2026-03-03T10:00:00.000Z', embed: original.embed };
    await respond(200, saved);
    expect(saveStatus()).toHaveTextContent('Je instellingen zijn opgeslagen. Nieuwe scans gebruiken ze vanaf nu.');
    expect(screen.queryByText('Je hebt wijzigingen die nog niet zijn opgeslagen.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opslaan' })).not.toHaveAttribute('aria-disabled');
    expect(name).toBeEnabled();
    expect(name).toHaveValue('Sanne van Dijk');
    expect(screen.getByText(/^Laatst opgeslagen: 3 mrt 2026/)).toBeInTheDocument();

    // A new change: no longer "saved".
    await user.type(name, '!');
    expect(saveStatus()).toHaveTextContent('');
    expect(screen.getByText('Je hebt wijzigingen die nog niet zijn opgeslagen.')).toBeInTheDocument();
  });

  it("shows the server's 422 issues on the fields they belong to", async () => {
    const { respond } = stubApi();
    const { user } = renderSettingsPage();
    // The second package in the form becomes the first in the (sorted) request.
    const hours = screen.getByRole('textbox', { name: 'Uren per maand (pakket 2)' });
    await user.clear(hours);
    await user.type(hours, '4');
    await user.click(saveButton());
    await respond(422, {
      error: {
        code: 'validation_failed',
        message: 'The request is not valid.',
        issues: [
          { path: 'packages.0.priceCents', message: 'Too big' },
          { path: 'replyEmail', message: 'Invalid email address' },
        ],
      },
    });
    const price = screen.getByRole('textbox', { name: 'Prijs per maand (pakket 2)' });
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Prijs per maand (pakket 1)' })).not.toHaveAttribute('aria-invalid');
    const email = screen.getByRole('textbox', { name: 'E-mailadres voor antwoorden' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Nog niet opgeslagen');
  });

  it('says so when saving fails, and keeps the changes', async () => {
    const { fetchMock } = stubApi();
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { user } = renderSettingsPage();
    const rate = screen.getByRole('textbox', { name: 'Uurtarief' });
    await user.clear(rate);
    await user.type(rate, '50');
    await user.click(saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Niet opgeslagen: er is geen verbinding.');
    expect(rate).toHaveValue('50');
    expect(rate).toBeEnabled();
  });

  it('reads a chosen logo in the browser, previews it and can remove it', async () => {
    const { respond, sent } = stubApi();
    const { user } = renderSettingsPage();
    // The file input, named by its label ("Kies een afbeelding", or "… andere …" once there is a logo).
    const input = screen.getByLabelText(/Kies een afbeelding/);
    expect(screen.getByText('Geen logo')).toBeInTheDocument();

    // Not an allowed type (the file dialog can be set to show all files): refused with a reason.
    const anyFile = userEvent.setup({ applyAccept: false });
    await anyFile.upload(input, new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Kies een PNG-, JPEG- of WebP-afbeelding.'));
    expect(screen.getByText('Geen logo')).toBeInTheDocument();

    // Too large.
    await user.upload(input, new File([new Uint8Array(151 * 1024)], 'big.png', { type: 'image/png' }));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Deze afbeelding is groter dan 150 kB.'));

    const png = Uint8Array.from(atob(TINY_PNG_BASE64), (char) => char.charCodeAt(0));
    await user.upload(input, new File([png], 'logo.png', { type: 'image/png' }));
    const preview = await screen.findByRole('img', { name: 'Je logo (voorbeeld)' });
    expect(preview).toHaveAttribute('src', `data:image/png;base64,${TINY_PNG_BASE64}`);
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleName('Kies een andere afbeelding');

    await user.click(saveButton());
    await waitFor(() => expect(sent().body.logoDataUrl).toBe(`data:image/png;base64,${TINY_PNG_BASE64}`));
    await respond(200, { ...testSettings(), logoDataUrl: sent().body.logoDataUrl });

    await user.click(screen.getByRole('button', { name: 'Logo verwijderen' }));
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(input).toHaveAccessibleName('Kies een afbeelding');
    expect(input).toHaveFocus();
    expect(screen.getByText('Je hebt wijzigingen die nog niet zijn opgeslagen.')).toBeInTheDocument();
  });

  it('lists the sites that may embed the scan, checks each one, and sends them as origins', async () => {
    const { respond, sent, fetchMock } = stubApi();
    const { user } = renderSettingsPage(testSettings({ embedOrigins: ['https://www.sannedevries.nl'] }));
    const section = screen.getByRole('region', { name: 'Insluiten op je website' });
    expect(within(section).getByRole('textbox', { name: 'Website 1' })).toHaveValue('https://www.sannedevries.nl');
    expect(within(section).getByText('Werkt nu op: https://www.sannedevries.nl')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Website toevoegen' }));
    const second = within(section).getByRole('textbox', { name: 'Website 2' });
    expect(second).toHaveFocus();
    await user.type(second, 'http://blog.sannedevries.nl');
    await user.click(saveButton());
    expect(second).toHaveAccessibleDescription('Het adres moet beginnen met https:// (http:// kan alleen voor localhost).');
    expect(second).toHaveFocus();

    // The same site written differently is a repeat.
    await user.clear(second);
    await user.type(second, 'HTTPS://WWW.SanneDeVries.nl/');
    await user.click(saveButton());
    expect(second).toHaveAccessibleDescription('https://www.sannedevries.nl staat al in de lijst.');

    await user.clear(second);
    await user.type(second, 'https://blog.sannedevries.nl/over-mij');
    await user.click(saveButton());
    expect(second).toHaveAccessibleDescription(expect.stringContaining('zonder /pagina, ? of # erachter'));
    await user.clear(second);
    await user.type(second, 'https://Blog.SanneDeVries.nl');

    // The retention period: whole months, 1 to 120.
    const months = screen.getByRole('textbox', { name: 'Bewaren voor' });
    expect(months).toHaveAccessibleDescription(expect.stringContaining('niet als klant hebt gemarkeerd, worden zoveel maanden na het insturen automatisch gewist'));
    await user.clear(months);
    await user.type(months, '0');
    await user.click(saveButton());
    expect(months).toHaveAccessibleDescription(expect.stringContaining('Vul een heel aantal maanden in tussen 1 en 120.'));
    expect(months).toHaveFocus();
    await user.clear(months);
    await user.type(months, '24');
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(saveButton());
    await waitFor(() => expect(sent().body).toBeDefined());
    expect(sent().body.embedOrigins).toEqual(['https://www.sannedevries.nl', 'https://blog.sannedevries.nl']);
    expect(sent().body.retentionMonths).toBe(24);
    await respond(200, { ...testSettings(), embedOrigins: sent().body.embedOrigins, retentionMonths: 24 });
    expect(within(section).getByText('Werkt nu op: https://www.sannedevries.nl, https://blog.sannedevries.nl')).toBeInTheDocument();

    // Removing a row moves focus to the button that adds one.
    await user.click(within(section).getByRole('button', { name: 'Website 1 verwijderen' }));
    expect(within(section).getByRole('textbox', { name: 'Website 1' })).toHaveValue('https://blog.sannedevries.nl');
    expect(within(section).getByRole('button', { name: 'Website toevoegen' })).toHaveFocus();
  });

  it('gives the snippet to paste, copies it with a status message, and says where it works', async () => {
    const { user } = renderSettingsPage();
    const section = screen.getByRole('region', { name: 'Insluiten op je website' });
    expect(within(section).getByText('Nog geen websites: de scan kan nu op geen enkele andere website staan.')).toBeInTheDocument();
    expect(within(section).getByText(/deze code werkt nog nergens/)).toBeInTheDocument();

    const code = within(section).getByRole('textbox', { name: 'Code om te plakken' });
    expect(code).toHaveAttribute('readonly');
    expect(code).toHaveValue(
      '<iframe src="https://scan.example.nl/embed" title="Delegatiescan: ontdek welke taken je kunt uitbesteden" loading="lazy" width="100%" height="900" style="display:block;width:100%;border:0" data-delegatiescan></iframe>\n' +
        '<script src="https://scan.example.nl/embed.js" async></script>',
    );
    const status = within(section).getByRole('status');
    await user.click(within(section).getByRole('button', { name: 'Kopieer de code' }));
    expect(status).toHaveTextContent('De code is gekopieerd. Plak hem nu op je website.');
    expect(await navigator.clipboard.readText()).toBe((code as HTMLTextAreaElement).value);

    // For an English page: the scan in English, the frame's title too.
    await user.click(within(section).getByRole('radio', { name: 'Engels' }));
    expect((code as HTMLTextAreaElement).value).toContain(
      'src="https://scan.example.nl/embed?lang=en" title="Delegation scan: find out which tasks you could hand over"',
    );
    expect(status).toHaveTextContent('');

    // No clipboard (e.g. a plain http:// address): the code is selected to copy by hand.
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new DOMException('Not allowed', 'NotAllowedError'));
    await user.click(within(section).getByRole('button', { name: 'Kopieer de code' }));
    expect(status).toHaveTextContent('Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C (op een Mac Cmd+C).');
  });
});
