import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../../paraglide/runtime.js';
import { TEST_SESSION, apiError, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';

const isLogin = (request: ApiRequest) => request.method === 'POST' && request.url.pathname === '/api/auth/login';

async function fillIn(user: ReturnType<typeof renderAdmin>['user'], email: string, password: string) {
  if (email) await user.type(screen.getByRole('textbox', { name: 'E-mailadres' }), email);
  if (password) await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('/admin/login', () => {
  it('sends a visitor without a session to sign in, and after signing in to the page she wanted', async () => {
    let signedIn = false;
    const { user, requests, location } = renderAdmin('/admin/intakes/abc?from=mail', {
      session: null,
      handle: (request) => {
        if (isLogin(request)) {
          signedIn = true;
          return json(200, TEST_SESSION);
        }
        if (request.url.pathname === '/api/admin/intakes/abc') return signedIn ? apiError(404, 'not_found') : undefined;
        return undefined;
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    expect(location()).toEqual({ pathname: '/admin/login', search: '?next=%2Fadmin%2Fintakes%2Fabc%3Ffrom%3Dmail' });

    await fillIn(user, ' Sanne@Example.nl ', 'correct horse battery');
    // The shared schema trims and lower-cases the address, as the server does.
    expect(requests.find(isLogin)?.body).toEqual({ email: 'sanne@example.nl', password: 'correct horse battery' });
    await screen.findByRole('heading', { level: 1, name: 'Deze aanvraag bestaat niet (meer)' });
    expect(location()).toEqual({ pathname: '/admin/intakes/abc', search: '?from=mail' });
  });

  it('says which field is missing or wrong, and focuses the first', async () => {
    const { user, requests } = renderAdmin('/admin/login', { session: null });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    await fillIn(user, '', '');
    const email = screen.getByRole('textbox', { name: 'E-mailadres' });
    expect(email).toHaveAccessibleDescription('Vul je e-mailadres in.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Wachtwoord')).toHaveAccessibleDescription('Vul je wachtwoord in.');

    await user.type(email, 'sanne@');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(email).toHaveAccessibleDescription('Dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.');
    expect(requests.some(isLogin)).toBe(false);
  });

  it('shows the typed password on request with a toggle button, and hides it again (ASVS 2.1.12)', async () => {
    const { user } = renderAdmin('/admin/login', { session: null });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    const password = screen.getByLabelText('Wachtwoord');
    await user.type(password, 'geheim wachtwoord');
    expect(password).toHaveAttribute('type', 'password');
    const toggle = screen.getByRole('button', { name: 'Wachtwoord tonen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAttribute('aria-controls', password.id);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(password).toHaveAttribute('type', 'text');
    expect(password).toHaveValue('geheim wachtwoord');
    await user.click(toggle);
    expect(password).toHaveAttribute('type', 'password');
  });

  it('lets password managers and paste work: autocomplete names the fields, pasting is not blocked (ASVS 2.1.11)', async () => {
    const { user } = renderAdmin('/admin/login', { session: null });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    const email = screen.getByRole('textbox', { name: 'E-mailadres' });
    const password = screen.getByLabelText('Wachtwoord');
    expect(email).toHaveAttribute('autocomplete', 'username');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password.closest('form')).not.toHaveAttribute('autocomplete', 'off');
    await user.click(password);
    await user.paste('geplakt uit de kluis');
    expect(password).toHaveValue('geplakt uit de kluis');
  });

  it('says plainly when the address or password is wrong, and empties the password to type again', async () => {
    const { user } = renderAdmin('/admin/login', {
      session: null,
      handle: (request) => (isLogin(request) ? apiError(401, 'invalid_credentials') : undefined),
    });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    await fillIn(user, 'sanne@example.nl', 'wrong password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit e-mailadres of wachtwoord klopt niet. Probeer het nog eens.');
    const password = screen.getByLabelText('Wachtwoord');
    expect(password).toHaveValue('');
    expect(password).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue('sanne@example.nl');
  });

  it('tells when signing in is possible again after too many tries (Retry-After)', async () => {
    const { user } = renderAdmin('/admin/login', {
      session: null,
      handle: (request) => (isLogin(request) ? apiError(429, 'login_throttled', { 'Retry-After': '840' }) : undefined),
    });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    const before = Date.now();
    await fillIn(user, 'sanne@example.nl', 'guess number six');
    const alert = await screen.findByRole('alert');
    const expected = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(
      new Date(before + 840_000),
    );
    expect(alert).toHaveTextContent(
      `Te vaak een verkeerd wachtwoord. Voor de veiligheid kun je pas om ${expected} weer inloggen (over 14 min.).`,
    );
  });

  it('says it in English after a switch, messages already on screen included', async () => {
    const { user } = renderAdmin('/admin/login', {
      session: null,
      handle: (request) => (isLogin(request) ? apiError(429, 'login_throttled') : undefined),
    });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    await fillIn(user, 'sanne@example.nl', 'guess');
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: /^EN/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Too many wrong passwords. For your security signing in is paused for a while; please try again later.',
    );
    setLocale('nl', { reload: false });
  });

  it('says so after signing out, on the sign-in page', async () => {
    const { user } = renderAdmin('/admin', {
      handle: (request) => {
        if (request.url.pathname === '/api/admin/intakes') return json(200, { items: [], nextCursor: null });
        if (request.method === 'POST' && request.url.pathname === '/api/auth/logout') {
          // The CSRF token of the session goes along with every change.
          expect(request.headers.get('X-CSRF-Token')).toBe(TEST_SESSION.csrfToken);
          return new Response(null, { status: 204 });
        }
        return undefined;
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    await user.click(screen.getByRole('button', { name: /Sanne Jansen/ }));
    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    expect(screen.getByRole('status')).toHaveTextContent('Je bent uitgelogd.');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toHaveFocus());
  });
});

describe('an ended session', () => {
  it('sends the VA to sign in when the server says the session is over, and back afterwards', async () => {
    const { location } = renderAdmin('/admin?q=zoe', {
      handle: (request) => (request.url.pathname === '/api/admin/intakes' ? apiError(401, 'unauthenticated') : undefined),
    });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    expect(screen.getByRole('status')).toHaveTextContent('Je sessie is verlopen. Log opnieuw in, dan ga je verder waar je was.');
    expect(location()).toEqual({ pathname: '/admin/login', search: '?next=%2Fadmin%3Fq%3Dzoe' });
  });
  describe('with two-step sign-in on', () => {
    const isSecondStep = (request: ApiRequest) => request.method === 'POST' && request.url.pathname === '/api/auth/login/second-step';

    it('asks for the code from her app after the password, and signs in with it', async () => {
      const { user, requests } = renderAdmin('/admin/login', {
        session: null,
        handle: (request) => {
          if (isLogin(request)) return json(200, { secondStep: true, pendingToken: 'pending-1' });
          if (isSecondStep(request)) {
            const { code } = request.body as { code: string };
            return code === '123456' ? json(200, { ...TEST_SESSION, twoFactorEnabled: true }) : apiError(401, 'invalid_code');
          }
          if (request.url.pathname === '/api/admin/intakes') return json(200, { items: [], nextCursor: null });
          return undefined;
        },
      });
      await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
      await fillIn(user, 'sanne@example.nl', 'correct horse battery');
      await screen.findByRole('heading', { level: 1, name: 'Nog één stap' });
      const code = screen.getByRole('textbox', { name: 'Code uit je authenticator-app' });
      expect(code).toHaveFocus();
      expect(code).toHaveAttribute('autocomplete', 'one-time-code');
      expect(code).toHaveAttribute('inputmode', 'numeric');

      await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
      expect(code).toHaveAccessibleDescription('Vul de code in.');
      expect(requests.some(isSecondStep)).toBe(false);

      await user.type(code, '654321');
      await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Deze code klopt niet of is al gebruikt.');
      expect(code).toHaveValue('');
      expect(code).toHaveFocus();

      await user.type(code, '123456');
      await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
      await screen.findByRole('heading', { level: 1, name: 'Inbox' });
      expect(requests.filter(isSecondStep).map((request) => request.body)).toEqual([
        { pendingToken: 'pending-1', code: '654321' },
        { pendingToken: 'pending-1', code: '123456' },
      ]);
    });

    it('takes a recovery code instead, and starts over when the step has expired', async () => {
      setLocale('en', { reload: false });
      try {
        const { user, requests } = renderAdmin('/admin/login', {
          session: null,
          handle: (request) => {
            if (isLogin(request)) return json(200, { secondStep: true, pendingToken: 'pending-2' });
            if (isSecondStep(request)) return apiError(401, 'second_step_expired');
            return undefined;
          },
        });
        await screen.findByRole('heading', { level: 1, name: 'Sign in' });
        await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'sanne@example.nl');
        await user.type(screen.getByLabelText('Password'), 'correct horse battery');
        await user.click(screen.getByRole('button', { name: 'Sign in' }));
        await screen.findByRole('heading', { level: 1, name: 'One more step' });
        await user.click(screen.getByRole('button', { name: 'Phone not at hand? Use a recovery code' }));
        const recovery = screen.getByRole('textbox', { name: 'Recovery code' });
        expect(recovery).toHaveFocus();
        expect(recovery).toHaveAttribute('inputmode', 'text');
        await user.type(recovery, 'abcd-efgh-jkmn-pqrs-tuvw-xyz2');
        await user.click(screen.getByRole('button', { name: 'Confirm' }));
        expect(requests.find(isSecondStep)?.body).toEqual({ pendingToken: 'pending-2', code: 'abcd-efgh-jkmn-pqrs-tuvw-xyz2' });
        await screen.findByRole('heading', { level: 1, name: 'Sign in' });
        expect(screen.getByRole('alert')).toHaveTextContent('That took a little too long.');
      } finally {
        setLocale('nl', { reload: false });
      }
    });
  });
});
