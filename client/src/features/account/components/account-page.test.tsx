import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { VaSessionDto } from '#shared/schemas/auth.ts';
import { setLocale } from '../../../paraglide/runtime.js';
import { apiError, json, renderAdmin, TEST_SESSION, type ApiRequest } from '../../../testing/render-admin.tsx';

const here: VaSessionDto = {
  id: 'session-here',
  browser: 'Chrome',
  os: 'macOS',
  signedInAt: '2026-12-07T08:00:00.000Z',
  lastActiveAt: '2026-12-07T10:30:00.000Z',
  current: true,
};
const laptop: VaSessionDto = {
  id: 'session-laptop',
  browser: 'Firefox',
  os: 'Windows',
  signedInAt: '2026-12-06T19:15:00.000Z',
  lastActiveAt: '2026-12-07T07:45:00.000Z',
  current: false,
};
const unknown: VaSessionDto = { ...laptop, id: 'session-unknown', browser: null, os: null };

type Api = { sessions: VaSessionDto[]; password?: (request: ApiRequest) => Response };

/** GET and DELETE /api/auth/sessions over a list in memory, and POST /api/auth/password. */
function accountApi(api: Api) {
  return (request: ApiRequest) => {
    const { method, url } = request;
    if (method === 'GET' && url.pathname === '/api/auth/sessions') return json(200, { sessions: api.sessions });
    const ending = /^\/api\/auth\/sessions\/([^/]+)$/.exec(url.pathname);
    if (method === 'DELETE' && ending) {
      api.sessions = api.sessions.filter((session) => session.id !== decodeURIComponent(ending[1]!));
      return new Response(null, { status: 204 });
    }
    if (method === 'POST' && url.pathname === '/api/auth/reauth') {
      return json(200, { reauthenticatedUntil: new Date(Date.now() + 300_000).toISOString() });
    }
    if (method === 'POST' && url.pathname === '/api/auth/password') return api.password?.(request) ?? json(200, { endedSessions: 0 });
    return undefined;
  };
}

const issues = (...list: { path: string; message: string; code?: string }[]) =>
  json(422, { error: { code: 'validation_failed', message: 'The request is not valid.', issues: list } });

const pageHeading = (name = 'Account en beveiliging') => screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });

afterEach(() => {
  setLocale('nl', { reload: false });
});

describe('/admin/account', { timeout: 20_000 }, () => {
  it('lists where she is signed in, this browser marked, and signs out another one', async () => {
    const api: Api = { sessions: [here, laptop, unknown] };
    const { user, requests } = renderAdmin('/admin/account', { handle: accountApi(api) });
    await pageHeading();

    const section = within(screen.getByRole('region', { name: 'Waar je bent ingelogd' }));
    const items = await section.findAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Chrome op macOS, Deze browser',
      'Firefox op Windows',
      'Onbekende browser op een onbekend systeem',
    ]);
    expect(within(items[1]!).getByText('6 dec 2026, 20:15')).toBeInTheDocument(); // signed in, Amsterdam time
    expect(within(items[1]!).getByText('7 dec 2026, 08:45')).toBeInTheDocument(); // last active
    // This browser signs out through "Uitloggen" in the menu, not here.
    expect(within(items[0]!).queryByRole('button')).toBeNull();

    await user.click(section.getByRole('button', { name: 'Uitloggen op Firefox op Windows' }));
    // First her password again (ASVS 3.3.4); nothing is signed out before that.
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig dat jij het bent' });
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    await user.type(within(dialog).getByLabelText('Je wachtwoord'), 'mijn wachtwoord');
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(await section.findByText('Uitgelogd op Firefox op Windows.')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.url.pathname)).toEqual(['/api/auth/reauth']);
    const deleted = requests.find((request) => request.method === 'DELETE');
    expect(deleted?.url.pathname).toBe('/api/auth/sessions/session-laptop');
    expect(deleted?.headers.get('X-CSRF-Token')).toBe(TEST_SESSION.csrfToken);
    await waitFor(() => expect(section.queryByRole('button', { name: 'Uitloggen op Firefox op Windows' })).toBeNull());
    expect(section.getByRole('button', { name: 'Overal uitloggen' })).toBeInTheDocument();
  });

  it('checks the form before sending: required, at least 12 characters, typed the same twice', async () => {
    const { user, requests } = renderAdmin('/admin/account', { handle: accountApi({ sessions: [here] }) });
    await pageHeading();
    expect(await screen.findByText('Je bent alleen in deze browser ingelogd.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    const current = screen.getByLabelText('Huidig wachtwoord');
    expect(current).toHaveFocus();
    expect(current).toHaveAccessibleDescription('Vul je huidige wachtwoord in.');
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAccessibleDescription(expect.stringContaining('Kies een nieuw wachtwoord.'));

    await user.type(current, 'mijn oude wachtwoord');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'te kort');
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtwoord'), 'iets anders');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAccessibleDescription(
      expect.stringContaining('Je nieuwe wachtwoord moet minstens 12 tekens lang zijn.'),
    );
    expect(screen.getByLabelText('Herhaal je nieuwe wachtwoord')).toHaveAccessibleDescription(
      'Dit is niet hetzelfde als je nieuwe wachtwoord. Typ het nog een keer.',
    );
    expect(requests.some((request) => request.url.pathname === '/api/auth/password')).toBe(false);
  });

  it('shows the server’s reasons on the fields by their code: a wrong current password, a common new one, the same one', async () => {
    let answer = issues({ path: 'currentPassword', code: 'wrong_password', message: 'is not correct' });
    const { user } = renderAdmin('/admin/account', { handle: accountApi({ sessions: [here], password: () => answer }) });
    await pageHeading();

    await user.type(screen.getByLabelText('Huidig wachtwoord'), 'verkeerd geraden');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'welkom12345678');
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtwoord'), 'welkom12345678');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    const current = screen.getByLabelText('Huidig wachtwoord');
    await waitFor(() => expect(current).toHaveFocus());
    expect(current).toHaveAccessibleDescription('Dit is niet je huidige wachtwoord. Controleer het en probeer het nog eens.');

    answer = issues({
      path: 'password',
      code: 'too_easy',
      message: 'is too easy to guess: it is a common or leaked password, or built on one, a pattern or your own name or address. Choose a longer passphrase of unusual words',
    });
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    const password = screen.getByLabelText('Nieuw wachtwoord');
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Dit wachtwoord is te makkelijk te raden'));
    expect(password).toHaveAttribute('aria-invalid', 'true');

    // The reason is the code, not the English words.
    answer = issues({ path: 'password', code: 'same_as_current', message: 'whatever the server says in English' });
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining('Je nieuwe wachtwoord is hetzelfde als je huidige.')));
    const section = within(screen.getByRole('region', { name: 'Wachtwoord wijzigen' }));
    expect(section.queryByRole('alert')).toBeNull();

    // An issue on no field of the form is said in general words.
    answer = issues({ path: '(body)', message: 'Unexpected end of JSON input' });
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    expect(await section.findByRole('alert')).toHaveTextContent('Je wachtwoord wijzigen lukte niet.');
  });

  it('changes the password, says how many other places were signed out, and empties the form', async () => {
    const api: Api = { sessions: [here, laptop], password: () => json(200, { endedSessions: 2 }) };
    const { user, requests } = renderAdmin('/admin/account', { handle: accountApi(api) });
    await pageHeading();
    await screen.findByText('Firefox op Windows');

    await user.type(screen.getByLabelText('Huidig wachtwoord'), 'mijn oude wachtwoord');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'zeven zoute zeehonden zingen');
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtwoord'), 'zeven zoute zeehonden zingen');
    api.sessions = [here]; // the server ends the other sessions
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));

    expect(await screen.findByText('Je wachtwoord is gewijzigd. Je bent op 2 andere plekken uitgelogd.')).toBeInTheDocument();
    const sent = requests.find((request) => request.url.pathname === '/api/auth/password');
    expect(sent?.body).toEqual({ currentPassword: 'mijn oude wachtwoord', password: 'zeven zoute zeehonden zingen' });
    expect(sent?.headers.get('X-CSRF-Token')).toBe(TEST_SESSION.csrfToken);
    expect(screen.getByLabelText('Huidig wachtwoord')).toHaveValue('');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveValue('');
    await waitFor(() => expect(screen.queryByText('Firefox op Windows')).toBeNull()); // the list was read again
  });

  it('says until when after too many wrong current passwords', async () => {
    const { user } = renderAdmin('/admin/account', {
      handle: accountApi({ sessions: [here], password: () => apiError(429, 'password_change_throttled', { 'Retry-After': '600' }) }),
    });
    await pageHeading();
    await user.type(screen.getByLabelText('Huidig wachtwoord'), 'weer verkeerd');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'zeven zoute zeehonden zingen');
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtwoord'), 'zeven zoute zeehonden zingen');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Je hebt te vaak een verkeerd huidig wachtwoord ingevuld\. Probeer het na \d{2}:\d{2} opnieuw\.$/);
  });

  it('signs out everywhere from the page after her password, and asks again when the server finds it too old', async () => {
    const everywhere: number[] = [];
    const account = accountApi({ sessions: [here, laptop] });
    const { user, requests } = renderAdmin('/admin/account', {
      handle: (request) => {
        if (request.method !== 'POST' || request.url.pathname !== '/api/auth/logout-everywhere') return account(request);
        everywhere.push(everywhere.length);
        // The first try meets a confirmation the server's clock finds too old.
        return everywhere.length === 1 ? apiError(403, 'reauth_required') : new Response(null, { status: 204 });
      },
    });
    await pageHeading();
    const section = within(screen.getByRole('region', { name: 'Waar je bent ingelogd' }));
    await section.findByText('Firefox op Windows');

    for (let round = 0; round < 2; round++) {
      if (round === 0) await user.click(section.getByRole('button', { name: 'Overal uitloggen' }));
      const dialog = await screen.findByRole('dialog', { name: 'Bevestig dat jij het bent' });
      await user.type(within(dialog).getByLabelText('Je wachtwoord'), 'mijn wachtwoord');
      await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
      await waitFor(() => expect(everywhere).toHaveLength(round + 1));
    }
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    expect(screen.getByRole('status')).toHaveTextContent('Je bent overal uitgelogd, ook op je andere apparaten.');
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.url.pathname)).toEqual([
      '/api/auth/reauth',
      '/api/auth/logout-everywhere',
      '/api/auth/reauth',
      '/api/auth/logout-everywhere',
    ]);
  });

  it('signs out everywhere from the account menu the same way, and says so when it failed', async () => {
    let answer = apiError(500, 'internal');
    const account = accountApi({ sessions: [here] });
    const { user, requests } = renderAdmin('/admin/account', {
      handle: (request) => (request.method === 'POST' && request.url.pathname === '/api/auth/logout-everywhere' ? answer : account(request)),
    });
    await pageHeading();
    await user.click(screen.getByRole('button', { name: /Sanne Jansen/ }));
    await user.click(screen.getByRole('button', { name: 'Overal uitloggen', description: /Ook op je telefoon/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig dat jij het bent' });
    await user.type(within(dialog).getByLabelText('Je wachtwoord'), 'mijn wachtwoord');
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByText('Uitloggen lukte niet. Probeer het nog eens.')).toBeInTheDocument();

    // Confirmed a moment ago: the second try goes out at once.
    answer = new Response(null, { status: 204 });
    await user.click(screen.getByRole('button', { name: 'Overal uitloggen', description: /Ook op je telefoon/ }));
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    expect(requests.filter((request) => request.url.pathname === '/api/auth/logout-everywhere')).toHaveLength(2);
    expect(requests.filter((request) => request.url.pathname === '/api/auth/reauth')).toHaveLength(1);
  });

  it('is reached from the account menu, and speaks English', async () => {
    setLocale('en', { reload: false });
    const { user, location } = renderAdmin('/admin', { handle: accountApi({ sessions: [here] }) });
    await user.click(await screen.findByRole('button', { name: /Sanne Jansen/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('link', { name: 'Account and security' }));
    await pageHeading('Account and security');
    expect(location().pathname).toBe('/admin/account');
    expect(screen.getByRole('region', { name: 'Change password' })).toBeInTheDocument();
    expect(await screen.findByText('Chrome on macOS')).toBeInTheDocument();
    expect(screen.getByText('This browser')).toBeInTheDocument();
  });
});
