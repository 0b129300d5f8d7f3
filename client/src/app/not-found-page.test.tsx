import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/locale.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { createTestRouter } from './router.tsx';

function renderAt(path: string) {
  const router = createTestRouter(path);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return { router, user: userEvent.setup() };
}

describe('not-found page', () => {
  it('explains in Dutch, switches to English, and leads back to the scan', async () => {
    const { router, user } = renderAt('/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /english/i }));
    expect(screen.getByRole('heading', { level: 1, name: "This page doesn't exist" })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Go to the scan' }));
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'About you' })).toBeInTheDocument();
  });
});
