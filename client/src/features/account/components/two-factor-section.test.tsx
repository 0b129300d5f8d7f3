import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';

const RECOVERY_CODES = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${String.fromCharCode(97 + i)}${i}`);

/** The two-factor API as small as the test needs: off (or on), set-up, on with code 123456, new codes, off with password + code. */
function twoFactorApi({ on = false } = {}) {
  let enabled = on;
  return (request: ApiRequest) => {
    const { method, url } = request;
    if (url.pathname === '/api/admin/two-factor' && method === 'GET') return json(200, { enabled, recoveryCodesLeft: enabled ? 10 : 0 });
    if (url.pathname === '/api/admin/two-factor/setup') {
      return json(200, { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x', qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    }
    if (url.pathname === '/api/admin/two-factor/enable') {
      if ((request.body as { code: string }).code !== '123456') return apiError(403, 'invalid_code');
      enabled = true;
      return json(200, { recoveryCodes: RECOVERY_CODES });
    }
    if (url.pathname === '/api/admin/two-factor/recovery-codes') {
      if ((request.body as { code: string }).code !== '123456') return apiError(403, 'invalid_code');
      return json(200, { recoveryCodes: RECOVERY_CODES });
    }
    if (url.pathname === '/api/admin/two-factor/disable') {
      const { password, code } = request.body as { password: string; code: string };
      if (password !== 'mijn wachtwoord') return apiError(403, 'invalid_password');
      if (code !== '123456') return apiError(403, 'invalid_code');
      enabled = false;
      return new Response(null, { status: 204 });
    }
    return undefined;
  };
}

describe('/admin/account: two-step sign-in', () => {
  it('turns on after a right code, shows the key and the recovery codes once; a wrong code keeps her signed in', async () => {
    const { user, requests } = renderAdmin('/admin/account', { handle: twoFactorApi() });
    const section = await screen.findByRole('region', { name: 'Inloggen in twee stappen' });
    expect(await within(section).findByText('Inloggen in twee stappen staat uit.')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Inloggen in twee stappen aanzetten' }));
    expect(await within(section).findByRole('img', { name: 'QR-code om in je authenticator-app te scannen' })).toBeInTheDocument();
    expect(within(section).getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    const code = within(section).getByRole('textbox', { name: 'Code uit je app' });
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');

    await user.type(code, '000000');
    await user.click(within(section).getByRole('button', { name: 'Aanzetten' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Deze code klopt niet of is al gebruikt.');
    expect(screen.getByRole('heading', { level: 1, name: 'Account en beveiliging' })).toBeInTheDocument(); // not sent to sign in

    await user.type(code, '123456');
    await user.click(within(section).getByRole('button', { name: 'Aanzetten' }));
    const codesHeading = await within(section).findByRole('heading', { name: 'Bewaar je herstelcodes' });
    expect(codesHeading).toHaveFocus();
    expect(within(within(section).getByRole('list', { name: 'Bewaar je herstelcodes' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual(RECOVERY_CODES);

    await user.click(within(section).getByRole('button', { name: 'Ik heb ze bewaard' }));
    expect(await within(section).findByText('Inloggen in twee stappen staat aan.')).toBeInTheDocument();
    expect(within(section).queryByText(RECOVERY_CODES[0]!)).not.toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('Gelukt: vanaf nu vragen we bij het inloggen ook om een code.');
    expect(requests.filter((request) => request.url.pathname === '/api/admin/two-factor/enable').map((request) => request.body)).toEqual([
      { code: '000000' },
      { code: '123456' },
    ]);
  }, 15_000);

  it('makes new recovery codes after a code; a wrong code is emptied to type again', async () => {
    const { user, requests } = renderAdmin('/admin/account', { handle: twoFactorApi({ on: true }) });
    const section = await screen.findByRole('region', { name: 'Inloggen in twee stappen' });
    await user.click(await within(section).findByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    const code = within(section).getByRole('textbox', { name: 'Code uit je app' });
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '000000');
    await user.click(within(section).getByRole('button', { name: 'Maak nieuwe codes' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Deze code klopt niet of is al gebruikt.');
    expect(code).toHaveValue('');

    await user.type(code, ' 123456 ');
    await user.click(within(section).getByRole('button', { name: 'Maak nieuwe codes' }));
    expect(await within(section).findByRole('list', { name: 'Bewaar je herstelcodes' })).toBeInTheDocument();
    expect(requests.filter((request) => request.url.pathname === '/api/admin/two-factor/recovery-codes').map((request) => request.body)).toEqual([
      { code: '000000' },
      { code: '123456' },
    ]);
  }, 15_000);

  it('turns off with her password and a code; nothing is sent without both', async () => {
    const { user, requests } = renderAdmin('/admin/account', { handle: twoFactorApi({ on: true }) });
    const section = await screen.findByRole('region', { name: 'Inloggen in twee stappen' });
    await user.click(await within(section).findByRole('button', { name: 'Inloggen in twee stappen uitzetten' }));
    const password = within(section).getByLabelText('Je wachtwoord');
    const code = within(section).getByRole('textbox', { name: 'Code uit je app' });
    await user.type(code, '123456');
    await user.click(within(section).getByRole('button', { name: 'Uitzetten' }));
    expect(requests.some((request) => request.url.pathname === '/api/admin/two-factor/disable')).toBe(false);

    await user.type(password, 'verkeerd');
    await user.click(within(section).getByRole('button', { name: 'Uitzetten' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Dit wachtwoord klopt niet.');
    expect(code).toHaveValue(''); // a refused try asks for a fresh code
    await user.clear(password);
    await user.type(password, 'mijn wachtwoord');
    await user.type(code, '123456');
    await user.click(within(section).getByRole('button', { name: 'Uitzetten' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Inloggen in twee stappen staat nu uit.');
    expect(await within(section).findByText('Inloggen in twee stappen staat uit.')).toBeInTheDocument();
    expect(requests.filter((request) => request.url.pathname === '/api/admin/two-factor/disable').map((request) => request.body)).toEqual([
      { password: 'verkeerd', code: '123456' },
      { password: 'mijn wachtwoord', code: '123456' },
    ]);
  }, 15_000);
});
