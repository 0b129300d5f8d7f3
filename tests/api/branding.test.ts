import { describe, expect, test } from 'vitest';
import type { PublicBranding } from '#shared/schemas/branding.ts';
import { emailBrandingFrom } from '../../server/emails/email-data.ts';
import { getVaSettings } from '../../server/features/settings/settings.service.ts';
import { signInAsVa, type SignedInTestVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

const t = useTestApp();

/** A 1×1 PNG. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
/** RIFF <size> WEBP …: enough for the content check. */
const WEBP_BYTES = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.alloc(14, 7)]);

/** Saves the current settings with another logo, as the settings form does (PUT the whole form). */
async function saveLogo(va: SignedInTestVa, logoDataUrl: string | null): Promise<void> {
  const { updatedAt: _updatedAt, embed: _embed, ...input } = await (await va.client.api.admin.settings.$get()).json();
  const response = await va.client.api.admin.settings.$put({ json: { ...input, logoDataUrl } });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** The logo URL the e-mails would carry right now, as a path on our app. */
async function logoPathInEmails(): Promise<string | null> {
  const branding = emailBrandingFrom(await getVaSettings(t.deps), t.env);
  if (branding.logoUrl === null) return null;
  expect(branding.logoUrl.startsWith(`${t.env.PUBLIC_URL}/api/branding/logo?v=`)).toBe(true);
  return branding.logoUrl.slice(t.env.PUBLIC_URL.length);
}

describe('GET /api/branding/logo', () => {
  test('without a logo: 404 in the one error shape, and the e-mails show her name instead', async () => {
    const response = await t.app.request('/api/branding/logo');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_found');
    expect(await logoPathInEmails()).toBeNull();
  });

  test('serves the saved PNG to anyone (mail clients have no session), cacheable, never sniffed', async () => {
    const va = await signInAsVa(t);
    await saveLogo(va, `data:image/png;base64,${TINY_PNG}`);

    const path = await logoPathInEmails();
    expect(path).toMatch(/^\/api\/branding\/logo\?v=[0-9a-f]{12}$/);
    const response = await t.app.request(path!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(TINY_PNG, 'base64'));
  });

  test('a new logo gets a new URL in the e-mails and is served with its own type; removing it gives 404', async () => {
    const va = await signInAsVa(t);
    await saveLogo(va, `data:image/png;base64,${TINY_PNG}`);
    const pngPath = await logoPathInEmails();

    await saveLogo(va, `data:image/webp;base64,${WEBP_BYTES.toString('base64')}`);
    const webpPath = await logoPathInEmails();
    expect(webpPath).not.toBe(pngPath);
    const response = await t.app.request(webpPath!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(WEBP_BYTES);

    await saveLogo(va, null);
    expect(await logoPathInEmails()).toBeNull();
    expect((await t.app.request('/api/branding/logo')).status).toBe(404);
  });
});

describe('GET /api/branding', () => {
  test('her name, colour and a logo URL that changes with the logo: small, without the catalogue', async () => {
    const before = await t.app.request('/api/branding');
    expect(before.status).toBe(200);
    const settings = await getVaSettings(t.deps);
    expect(await before.json()).toEqual({ name: settings.vaName || null, brandColor: settings.brandColor, logoUrl: null });

    const va = await signInAsVa(t);
    await saveLogo(va, `data:image/png;base64,${TINY_PNG}`);
    const response = await t.app.request('/api/branding');
    const text = await response.text();
    const branding = JSON.parse(text) as PublicBranding;
    // The same URL the e-mails carry, on our own origin; the image itself is served by /logo.
    expect(branding.logoUrl).toBe(await logoPathInEmails());
    expect((await t.app.request(branding.logoUrl!)).headers.get('content-type')).toBe('image/png');
    expect(text).not.toContain('catalogue');
    expect(text).not.toContain('base64');
    expect(text.length).toBeLessThan(300);
  });
});
