import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../testing/render-route.tsx';

// A page that fails to render (here the result page, loaded lazily like any page but the scan).
vi.mock('../features/result/components/result-page.tsx', () => ({
  ResultPage: () => {
    throw new Error('Broken page');
  },
}));

describe('a page that fails', () => {
  it('shows the error page inside the layout, and the next page works again', async () => {
    // React reports the caught error on the console; here that is expected.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user, pathname } = renderRoute('/r/AbCdEfGhIjKlMnOpQrStUv');

    expect(await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();

    await user.click(screen.getByRole('link', { name: /delegatiescan/i }));
    expect(pathname()).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
  });
});
