import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import type { VaSettingsInput } from '#shared/schemas/admin-settings.ts';
import { getVaSettings } from '../../server/features/settings/settings.service.ts';
import { signInAsVa, type SignedInTestVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf } from '../setup/test-client.ts';

// A stand-in for `vite build` output: index.html for every page, embed.js from client/public.
const dist = mkdtempSync(path.join(tmpdir(), 'delegatiescan-embed-dist-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(path.join(dist, 'embed.js'), '(function () {})();');
writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');

const t = useTestApp({ CLIENT_DIST: dist });

/** A 1×1 PNG. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function settingsWith(overrides: Partial<VaSettingsInput>): VaSettingsInput {
  return {
    vaName: 'Marloes Bakker',
    logoDataUrl: null,
    brandColor: '#0f766e',
    hourlyRateCents: 55_00,
    packages: [{ hoursPerMonth: 10, priceCents: 550_00 }],
    offers: { trialTask: null, prepaidBundles: [] },
    briefingSharePercent: 10,
    bookingUrl: null,
    replyEmail: 'marloes@example.nl',
    emailSignature: 'Marloes',
    trustTexts: structuredClone(DEFAULT_VA_SETTINGS.trustTexts),
    embedOrigins: [],
    retentionMonths: 12,
    ...overrides,
  };
}

async function save(va: SignedInTestVa, overrides: Partial<VaSettingsInput>) {
  const response = await va.client.api.admin.settings.$put({ json: settingsWith(overrides) });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

/** The frame-ancestors directive of a response's Content-Security-Policy. */
function frameAncestors(response: Response): string | undefined {
  const policy = response.headers.get('content-security-policy') ?? '';
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('frame-ancestors '))
    ?.slice('frame-ancestors '.length);
}

const OTHER_PAGES = ['/', '/r/AAAAAAAAAAAAAAAAAAAAAA', '/u/AAAAAAAAAAAAAAAAAAAAAA', '/admin', '/admin/settings', '/embedded', '/embed/x', '/api/health', '/api/scan/config'];

describe('/embed and its frame-ancestors', () => {
  test('with no sites listed, nobody may frame the scan', async () => {
    const response = await t.app.request('/embed');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    expect(frameAncestors(response)).toBe("'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  test('the listed sites may frame /embed; every other page stays unframeable', async () => {
    const va = await signInAsVa(t);
    await save(va, { embedOrigins: ['https://www.marloesbakker.nl', 'http://localhost:4423'] });

    for (const page of ['/embed', '/embed?lang=en', '/embed/', '/Embed']) {
      const response = await t.app.request(page);
      expect(response.status, page).toBe(200);
      expect(frameAncestors(response), page).toBe('https://www.marloesbakker.nl http://localhost:4423');
      // X-Frame-Options cannot name sites; frame-ancestors decides.
      expect(response.headers.get('x-frame-options'), page).toBeNull();
      // The rest of the policy is the same as everywhere.
      expect(response.headers.get('content-security-policy'), page).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy'), page).toContain("object-src 'none'");
    }

    for (const page of OTHER_PAGES) {
      const response = await t.app.request(page);
      expect(frameAncestors(response), page).toBe("'none'");
      expect(response.headers.get('x-frame-options'), page).toBe('DENY');
    }
    // The back office's API, signed in, too.
    const settings = await va.request('/api/admin/settings');
    expect(frameAncestors(settings)).toBe("'none'");
  });

  test('a change applies at the next request: emptied, the list frames nothing again', async () => {
    const va = await signInAsVa(t);
    await save(va, { embedOrigins: ['https://www.marloesbakker.nl'] });
    expect(frameAncestors(await t.app.request('/embed'))).toBe('https://www.marloesbakker.nl');
    await save(va, { embedOrigins: [] });
    expect(frameAncestors(await t.app.request('/embed'))).toBe("'none'");
  });

  test('what reaches the header is checked again when read: a tampered column cannot inject a directive', async () => {
    const va = await signInAsVa(t);
    await save(va, { embedOrigins: ['https://www.marloesbakker.nl'] });
    await t.db.prisma.vaSettings.update({
      where: { id: 'default' },
      data: { embedOrigins: ['https://www.marloesbakker.nl', "https://evil.example; script-src 'unsafe-inline'", '*', 42, 'HTTPS://WWW.MARLOESBAKKER.NL'] },
    });
    await t.db.changes.announce(); // as a write from another process would: no cached settings hide it
    const response = await t.app.request('/embed');
    expect(frameAncestors(response)).toBe('https://www.marloesbakker.nl');
    expect(response.headers.get('content-security-policy')).not.toContain('evil');
    expect((await getVaSettings(t.deps)).embedOrigins).toEqual(['https://www.marloesbakker.nl']);
  });

  test('embed.js (cached for an hour) and the e-mail logo may be loaded by other sites; everything else stays ours alone', async () => {
    const script = await t.app.request('/embed.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(script.headers.get('cache-control')).toBe('public, max-age=3600');

    const asset = await t.app.request('/assets/index-abc123.js');
    expect(asset.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    // Her logo in e-mails is the other public file: webmail loads it from its own origin.
    const va = await signInAsVa(t);
    await save(va, { logoDataUrl: `data:image/png;base64,${TINY_PNG}` });
    const logo = await t.app.request('/api/branding/logo');
    expect(logo.status).toBe(200);
    expect(logo.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await va.request('/api/admin/settings')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const embedPage = await t.app.request('/embed');
    expect(embedPage.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});

describe('embed and retention settings', () => {
  test('origins are stored as the browser compares them: lower-case, no default port, punycode, no slash', async () => {
    const va = await signInAsVa(t);
    const saved = await save(va, {
      embedOrigins: [' HTTPS://WWW.MarloesBakker.NL/ ', 'https://blog.example.nl:443', 'https://bücher.example', 'http://localhost:4423', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'https://www.example.nl:8443'],
      retentionMonths: 120,
    });
    expect(saved.embedOrigins).toEqual([
      'https://www.marloesbakker.nl',
      'https://blog.example.nl',
      'https://xn--bcher-kva.example',
      'http://localhost:4423',
      'http://127.0.0.1:8080',
      'http://[::1]:3000',
      'https://www.example.nl:8443',
    ]);
    expect(saved.retentionMonths).toBe(120);
    expect(saved.embed).toEqual({ scanUrl: 'http://scan.test/embed', scriptUrl: 'http://scan.test/embed.js' });
    // What the retention job reads.
    expect((await getVaSettings(t.deps)).retentionMonths).toBe(120);
    expect((await save(va, { retentionMonths: 1 })).retentionMonths).toBe(1);
  });

  test('before any save: no sites and 12 months', async () => {
    const settings = await getVaSettings(t.deps);
    expect(settings.embedOrigins).toEqual([]);
    expect(settings.retentionMonths).toBe(12);
  });

  const eleven = Array.from({ length: 11 }, (_, i) => `https://site${i}.example.nl`);

  test.each<[string, Partial<Record<keyof VaSettingsInput, unknown>>, string, RegExp?]>([
    ['plain http for a public site', { embedOrigins: ['https://ok.example.nl', 'http://www.example.nl'] }, 'embedOrigins.1', /https:\/\//],
    ['a path', { embedOrigins: ['https://www.example.nl/blog'] }, 'embedOrigins.0', /without a path/],
    ['a query', { embedOrigins: ['https://www.example.nl/?page=2'] }, 'embedOrigins.0', /without a path/],
    ['a fragment', { embedOrigins: ['https://www.example.nl#scan'] }, 'embedOrigins.0', /without a path/],
    ['no scheme', { embedOrigins: ['www.example.nl'] }, 'embedOrigins.0', /address of a site/],
    ['another scheme', { embedOrigins: ['ftp://www.example.nl'] }, 'embedOrigins.0', /address of a site/],
    ['a javascript: URL', { embedOrigins: ['javascript:alert(1)'] }, 'embedOrigins.0', /address of a site/],
    ['a wildcard', { embedOrigins: ['https://*.example.nl'] }, 'embedOrigins.0', /address of a site/],
    ['a header injection', { embedOrigins: ["https://a.nl; script-src 'unsafe-inline'"] }, 'embedOrigins.0', /address of a site/],
    ['a semicolon in the host', { embedOrigins: ['https://a.nl;script-src'] }, 'embedOrigins.0', /address of a site/],
    ['a line break inside', { embedOrigins: ['https://exa\nmple.nl'] }, 'embedOrigins.0', /address of a site/],
    ['credentials', { embedOrigins: ['https://user:pw@www.example.nl'] }, 'embedOrigins.0', /address of a site/],
    ['an empty row', { embedOrigins: ['https://ok.example.nl', '  '] }, 'embedOrigins.1'],
    ['the same site twice, written differently', { embedOrigins: ['https://www.example.nl', 'HTTPS://www.example.nl:443/'] }, 'embedOrigins.1', /already in the list/],
    ['eleven sites', { embedOrigins: eleven }, 'embedOrigins'],
    ['not a list', { embedOrigins: 'https://www.example.nl' }, 'embedOrigins'],
    ['no sites field at all', { embedOrigins: undefined }, 'embedOrigins'],
    ['0 months', { retentionMonths: 0 }, 'retentionMonths'],
    ['121 months', { retentionMonths: 121 }, 'retentionMonths'],
    ['half a month', { retentionMonths: 1.5 }, 'retentionMonths'],
    ['months as text', { retentionMonths: '12' }, 'retentionMonths'],
    ['no retention field at all', { retentionMonths: undefined }, 'retentionMonths'],
  ])('%s gets 422 naming the field and changes nothing', async (_name, overrides, field, message) => {
    const va = await signInAsVa(t);
    const before = await save(va, { embedOrigins: ['https://www.marloesbakker.nl'], retentionMonths: 18 });

    const response = await va.request('/api/admin/settings', { method: 'PUT', json: { ...settingsWith({}), ...overrides } });
    expect(response.status).toBe(422);
    const body = await errorBodyOf(response);
    expect(body.error.code).toBe('validation_failed');
    const issue = body.error.issues?.find((i) => i.path === field);
    expect(issue, `an issue for ${field} in ${JSON.stringify(body.error.issues)}`).toBeDefined();
    if (message) expect(issue!.message).toMatch(message);

    const after = await (await va.client.api.admin.settings.$get()).json();
    expect(after).toEqual(before);
    expect(frameAncestors(await t.app.request('/embed'))).toBe('https://www.marloesbakker.nl');
  });
});
