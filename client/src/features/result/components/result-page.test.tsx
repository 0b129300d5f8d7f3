import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createTestRouter } from '../../../app/router.tsx';
import { LocaleProvider } from '../../../i18n/locale.tsx';
import { createQueryClient } from '../../../lib/query-client.ts';

function renderRoute(path: string) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <LocaleProvider>
        <RouterProvider router={createTestRouter(path)} />
      </LocaleProvider>
    </QueryClientProvider>,
  );
}

describe('/r/:token', () => {
  it('shows a friendly not-found for a malformed link, without asking the server', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderRoute('/r/not-a-token');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Dit resultaat kan ik niet vinden' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/Kopieer de link nog eens uit je e-mail/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de scan' })).toHaveAttribute('href', '/');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
