import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubSubmit } from '../../features/scan/testing/fake-api.ts';
import { renderScan, seedDraft } from '../../features/scan/testing/render-scan.tsx';
import { DRAFT_STORAGE_KEY } from '../../features/scan/utils/draft-storage.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('/embed: the scan inside a frame on the VA’s site', () => {
  it('is the scan without our header, and after sending it links to the result full-page', async () => {
    seedDraft(3);
    const { respond } = stubSubmit();
    const { user, pathname } = renderScan({ path: '/embed' });
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });
    // No link back to our own pages (it would open them inside her site's frame); the language switch stays.
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bekijk mijn uitslag' }));
    await respond(201, { intakeId: 'i1', resultToken: 'AbCdEfGhIjKlMnOpQrStUv', resultPath: '/r/AbCdEfGhIjKlMnOpQrStUv' });

    const sent = await screen.findByRole('heading', { level: 1, name: 'Je scan is verstuurd' });
    expect(sent).toHaveFocus();
    const link = screen.getByRole('link', { name: 'Bekijk je resultaat' });
    expect(link).toHaveAttribute('href', '/r/AbCdEfGhIjKlMnOpQrStUv');
    expect(link).toHaveAttribute('target', '_top');
    // The frame stays on /embed; the draft is done with.
    expect(pathname()).toBe('/embed');
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('starts in the language the snippet asks for, unless the visitor chose one', async () => {
    stubSubmit();
    const first = renderScan({ path: '/embed?lang=en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'About you' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await first.user.click(screen.getByRole('button', { name: /Nederlands/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
    first.unmount();

    renderScan({ path: '/embed?lang=en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
  });
});
