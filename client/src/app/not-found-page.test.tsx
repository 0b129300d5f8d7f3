import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../testing/render-route.tsx';

describe('not-found page', () => {
  it('explains in Dutch, switches to English, and leads back to the scan', async () => {
    const { user, pathname } = renderRoute('/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /english/i }));
    expect(screen.getByRole('heading', { level: 1, name: "This page doesn't exist" })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Go to the scan' }));
    expect(pathname()).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'About you' })).toBeInTheDocument();
  });
});
