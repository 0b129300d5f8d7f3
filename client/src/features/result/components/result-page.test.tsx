import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../app/testing/render-route.tsx';

describe('/r/:token', () => {
  it('shows a friendly not-found for a malformed link, without asking the server', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderRoute('/r/not-a-token');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Dit resultaat kan ik niet vinden' });
    // The page moves focus in an effect, after the heading appears.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Kopieer de link nog eens uit je e-mail/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de scan' })).toHaveAttribute('href', '/');
    // The layout may fetch the VA's branding; the result itself is never asked for.
    const urls = fetchSpy.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input));
    expect(urls.filter((url) => url.includes('/api/results'))).toEqual([]);
  });
});
