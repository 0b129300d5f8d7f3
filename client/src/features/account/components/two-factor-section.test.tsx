import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';

const RECOVERY_CODES = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${String.fromCharCode(97 + i)}${i}`);

/** The two-factor API as small as the test needs: off, set-up, on with code 123456. */
function twoFactorApi() {
  let enabled = false;
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
});
