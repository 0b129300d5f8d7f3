import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation } from '#shared/delegation/engine.ts';
import { DEFAULT_BRAND_COLOR, MAX_LOGO_BYTES, VaOffersInput, type VaSettingsInput } from '#shared/schemas/admin-settings.ts';
import { buildIntakeInput } from '../factories/intake.ts';
import { submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa, type SignedInTestVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf } from '../setup/test-client.ts';

const t = useTestApp();

/** A 1×1 PNG. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngDataUrlOfSize(bytes: number): string {
  const body = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(bytes - PNG_SIGNATURE.length)]);
  return `data:image/png;base64,${body.toString('base64')}`;
}

function validSettings(): VaSettingsInput {
  return {
    vaName: 'Marloes Bakker',
    logoDataUrl: `data:image/png;base64,${TINY_PNG}`,
    brandColor: '#1D4ED8',
    hourlyRateCents: 55_00,
    // Out of order on purpose: stored ascending.
    packages: [
      { hoursPerMonth: 20, priceCents: 1_050_00 },
      { hoursPerMonth: 10, priceCents: 550_00 },
    ],
    offers: {
      trialTask: { description: { nl: 'Je inbox een week lang', en: 'Your inbox for a week' }, hours: 4, priceCents: 180_00 },
      // Out of order on purpose: stored ascending.
      prepaidBundles: [
        { hours: 20, priceCents: 1_000_00, validMonths: 12 },
        { hours: 8, priceCents: 420_00, validMonths: 4 },
      ],
    },
    briefingSharePercent: 15,
    bookingUrl: 'https://cal.example.nl/marloes/kennismaken',
    replyEmail: 'marloes@example.nl',
    emailSignature: 'Hartelijke groet,\r\nMarloes Bakker\r\nVirtueel assistent',
    trustTexts: structuredClone(DEFAULT_VA_SETTINGS.trustTexts),
    embedOrigins: ['https://www.marloesbakker.nl'],
    retentionMonths: 24,
  };
}

/** Read-only in every answer: where the embed snippet points (from PUBLIC_URL). */
const EMBED_URLS = { scanUrl: 'http://scan.test/embed', scriptUrl: 'http://scan.test/embed.js' };

async function signedIn(): Promise<SignedInTestVa> {
  return signInAsVa(t);
}

async function getSettings(va: SignedInTestVa) {
  const response = await va.client.api.admin.settings.$get();
  expect(response.status).toBe(200);
  return response.json();
}

/** Raw: the tests of refusals send bodies the route's type does not allow. */
async function putSettings(va: SignedInTestVa, body: unknown): Promise<Response> {
  return va.request('/api/admin/settings', { method: 'PUT', json: body });
}

async function saveSettings(va: SignedInTestVa, body: VaSettingsInput) {
  const response = await va.client.api.admin.settings.$put({ json: body });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

async function openResult(token: string) {
  const response = await t.client.api.results[':token'].$get({ param: { token } });
  expect(response.status).toBe(200);
  return response.json();
}

describe('GET /api/admin/settings', () => {
  test('before any save: the shipped defaults with name, e-mail and booking link from the environment', async () => {
    const va = await signedIn();
    expect(await getSettings(va)).toEqual({
      vaName: 'Sanne Jansen',
      logoDataUrl: null,
      brandColor: DEFAULT_BRAND_COLOR,
      hourlyRateCents: DEFAULT_VA_SETTINGS.vaRateCents,
      packages: DEFAULT_VA_SETTINGS.packages,
      offers: DEFAULT_VA_SETTINGS.offers,
      briefingSharePercent: 10,
      bookingUrl: 'https://example.nl/kennismaken',
      replyEmail: 'sanne@example.nl',
      emailSignature: 'Sanne Jansen',
      trustTexts: DEFAULT_VA_SETTINGS.trustTexts,
      embedOrigins: [],
      retentionMonths: 12,
      updatedAt: null,
      embed: EMBED_URLS,
    });
    expect(await t.db.prisma.vaSettings.count()).toBe(0);
  });

  test('needs a signed-in VA; changing them also needs the CSRF token', async () => {
    expect((await t.app.request('/api/admin/settings')).status).toBe(401);
    const anonymousPut = await t.app.request('/api/admin/settings', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validSettings()),
    });
    expect(anonymousPut.status).toBe(401);

    const va = await signedIn();
    const withoutCsrf = await va.request('/api/admin/settings', { method: 'PUT', json: validSettings(), withoutCsrf: true });
    expect(withoutCsrf.status).toBe(403);
    expect(await t.db.prisma.vaSettings.count()).toBe(0);
  });
});

describe('PUT /api/admin/settings', () => {
  test('saves everything and reads it back, normalised', async () => {
    const va = await signedIn();
    const input = validSettings();
    const saved = await saveSettings(va, input);
    expect(saved).toEqual({
      ...input,
      brandColor: '#1d4ed8',
      packages: [
        { hoursPerMonth: 10, priceCents: 550_00 },
        { hoursPerMonth: 20, priceCents: 1_050_00 },
      ],
      offers: {
        ...input.offers,
        prepaidBundles: [
          { hours: 8, priceCents: 420_00, validMonths: 4 },
          { hours: 20, priceCents: 1_000_00, validMonths: 12 },
        ],
      },
      emailSignature: 'Hartelijke groet,\nMarloes Bakker\nVirtueel assistent',
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) as unknown as string,
      embed: EMBED_URLS,
    });
    expect(await getSettings(va)).toEqual(saved);

    // A second save replaces the first; still one row.
    const again = await saveSettings(va, { ...input, vaName: 'Marloes B.', logoDataUrl: null, bookingUrl: null });
    expect(again).toMatchObject({ vaName: 'Marloes B.', logoDataUrl: null, bookingUrl: null });
    expect(await getSettings(va)).toEqual(again);
    expect(await t.db.prisma.vaSettings.count()).toBe(1);
  });

  test('offers: no trial task and no bundles is fine; bad offers answer 422 on the field and change nothing', async () => {
    const va = await signedIn();
    const none = await saveSettings(va, { ...validSettings(), offers: { trialTask: null, prepaidBundles: [] }, briefingSharePercent: 0 });
    expect(none).toMatchObject({ offers: { trialTask: null, prepaidBundles: [] }, briefingSharePercent: 0 });
    const cases: [unknown, string][] = [
      [{ ...validSettings(), briefingSharePercent: 60 }, 'briefingSharePercent'],
      [{ ...validSettings(), briefingSharePercent: 7.5 }, 'briefingSharePercent'],
      [
        { ...validSettings(), offers: { trialTask: null, prepaidBundles: [{ hours: 5, priceCents: 1, validMonths: 1 }, { hours: 5, priceCents: 2, validMonths: 1 }] } },
        'offers.prepaidBundles.1.hours',
      ],
      [{ ...validSettings(), offers: { trialTask: null, prepaidBundles: [{ hours: 5, priceCents: 100, validMonths: 0 }] } }, 'offers.prepaidBundles.0.validMonths'],
      [
        { ...validSettings(), offers: { trialTask: { description: { nl: '', en: 'x y z' }, hours: 2, priceCents: 100 }, prepaidBundles: [] } },
        'offers.trialTask.description.nl',
      ],
      [{ ...validSettings(), offers: { trialTask: null } }, 'offers.prepaidBundles'],
    ];
    for (const [body, path] of cases) {
      const response = await putSettings(va, body);
      expect(response.status).toBe(422);
      const { error } = await errorBodyOf(response);
      expect(error.issues?.map((issue) => issue.path)).toContain(path);
    }
    expect(await getSettings(va)).toEqual(none);
  });

  test('settings saved before offers existed get the shipped offers; untouched old trust texts get the new ones', async () => {
    const va = await signedIn();
    const saved = await saveSettings(va, validSettings());
    const { TRUST_TEXTS_UNTIL_2026_12 } = await import('../../server/features/settings/legacy-trust-texts.ts');
    const mine = { nl: 'Ik bel je elke maandag.', en: 'I call you every Monday.' };
    await t.db.prisma.$executeRaw`UPDATE "VaSettings" SET "offers" = NULL`;
    await t.db.prisma.vaSettings.update({
      where: { id: 'default' },
      data: { trustTexts: { ...TRUST_TEXTS_UNTIL_2026_12, control: { title: TRUST_TEXTS_UNTIL_2026_12.control.title, steps: [mine] } } },
    });
    const read = await getSettings(va);
    expect(read.offers).toEqual(DEFAULT_VA_SETTINGS.offers);
    expect(read.briefingSharePercent).toBe(saved.briefingSharePercent);
    // The one she changed stays hers; the ones she never touched follow the new defaults.
    expect(read.trustTexts.control.steps).toEqual([mine]);
    expect(read.trustTexts.cost).toEqual(DEFAULT_VA_SETTINGS.trustTexts.cost);
    expect(read.trustTexts['bad-experience']).toEqual(DEFAULT_VA_SETTINGS.trustTexts['bad-experience']);
  });

  test('accepts a mailto: booking link, and JPEG and WebP logos', async () => {
    const va = await signedIn();
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');
    const webp = Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1').toString('base64');
    await saveSettings(va, { ...validSettings(), bookingUrl: 'mailto:marloes@example.nl?subject=Kennismaken', logoDataUrl: `data:image/jpeg;base64,${jpeg}` });
    const saved = await saveSettings(va, { ...validSettings(), logoDataUrl: `data:image/webp;base64,${webp}` });
    expect(saved.logoDataUrl).toBe(`data:image/webp;base64,${webp}`);
  });

  const svgScript = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64');

  test.each<[string, (s: VaSettingsInput) => unknown, string, RegExp?]>([
    ['a colour that is not #rrggbb', (s) => ({ ...s, brandColor: 'blue' }), 'brandColor', /#rrggbb/],
    ['a colour too light for white text', (s) => ({ ...s, brandColor: '#ffd700' }), 'brandColor', /contrast of 1\.\d:1.*4\.5:1/],
    ['a colour just under AA', (s) => ({ ...s, brandColor: '#777777' }), 'brandColor', /4\.4:1/],
    ['an SVG logo (scripts)', (s) => ({ ...s, logoDataUrl: `data:image/svg+xml;base64,${svgScript}` }), 'logoDataUrl', /SVG/],
    ['an SVG disguised as a PNG', (s) => ({ ...s, logoDataUrl: `data:image/png;base64,${svgScript}` }), 'logoDataUrl', /not a PNG/],
    ['a logo that is not a data: URL', (s) => ({ ...s, logoDataUrl: 'https://evil.example/logo.png' }), 'logoDataUrl'],
    ['a logo that is not base64', (s) => ({ ...s, logoDataUrl: 'data:image/png;base64,iVBORw0K%%%' }), 'logoDataUrl'],
    ['a logo over 150 kB', (s) => ({ ...s, logoDataUrl: pngDataUrlOfSize(MAX_LOGO_BYTES + 1) }), 'logoDataUrl', /150 kB/],
    ['a negative price', (s) => ({ ...s, packages: [{ hoursPerMonth: 10, priceCents: -1 }] }), 'packages.0.priceCents'],
    ['a price in euros with cents as a fraction', (s) => ({ ...s, packages: [{ hoursPerMonth: 10, priceCents: 550.5 }] }), 'packages.0.priceCents'],
    [
      'two packages with the same hours',
      (s) => ({ ...s, packages: [{ hoursPerMonth: 10, priceCents: 550_00 }, { hoursPerMonth: 10, priceCents: 500_00 }] }),
      'packages.1.hoursPerMonth',
      /10 hours/,
    ],
    ['no packages', (s) => ({ ...s, packages: [] }), 'packages'],
    ['seven packages', (s) => ({ ...s, packages: [1, 2, 3, 4, 5, 6, 7].map((h) => ({ hoursPerMonth: h, priceCents: h * 50_00 })) }), 'packages'],
    ['a package over 200 hours', (s) => ({ ...s, packages: [{ hoursPerMonth: 201, priceCents: 9_000_00 }] }), 'packages.0.hoursPerMonth'],
    ['a javascript: booking link', (s) => ({ ...s, bookingUrl: 'javascript:alert(document.cookie)' }), 'bookingUrl', /https:\/\//],
    ['a plain http booking link', (s) => ({ ...s, bookingUrl: 'http://cal.example.nl' }), 'bookingUrl'],
    ['a data: booking link', (s) => ({ ...s, bookingUrl: 'data:text/html,<script>alert(1)</script>' }), 'bookingUrl'],
    ['a mailto: without an address', (s) => ({ ...s, bookingUrl: 'mailto:nobody' }), 'bookingUrl'],
    ['an hourly rate under €10', (s) => ({ ...s, hourlyRateCents: 9_99 }), 'hourlyRateCents'],
    ['an hourly rate over €500', (s) => ({ ...s, hourlyRateCents: 500_01 }), 'hourlyRateCents'],
    ['an empty name', (s) => ({ ...s, vaName: '   ' }), 'vaName'],
    ['an invalid reply address', (s) => ({ ...s, replyEmail: 'marloes@' }), 'replyEmail'],
    ['a signature over 1000 characters', (s) => ({ ...s, emailSignature: 'x'.repeat(1001) }), 'emailSignature'],
    ['a signature with control characters', (s) => ({ ...s, emailSignature: 'Groet\u0007' }), 'emailSignature', /plain text/],
    [
      'a missing trust concern',
      (s) => {
        const { cost: _cost, ...rest } = s.trustTexts;
        return { ...s, trustTexts: rest };
      },
      'trustTexts.cost',
    ],
    ['an unknown trust concern', (s) => ({ ...s, trustTexts: { ...s.trustTexts, price: s.trustTexts.cost } }), 'trustTexts.price'],
    [
      'a trust text without steps',
      (s) => ({ ...s, trustTexts: { ...s.trustTexts, control: { ...s.trustTexts.control, steps: [] } } }),
      'trustTexts.control.steps',
    ],
    [
      'a trust title without English',
      (s) => ({ ...s, trustTexts: { ...s.trustTexts, control: { ...s.trustTexts.control, title: { nl: 'Overzicht' } } } }),
      'trustTexts.control.title.en',
    ],
    ['an unknown field', (s) => ({ ...s, isAdmin: true }), 'isAdmin'],
  ])('%s gets 422 naming the field and changes nothing', async (_name, mutate, path, message) => {
    const va = await signedIn();
    const before = await saveSettings(va, validSettings());

    const response = await putSettings(va, mutate(validSettings()));
    expect(response.status).toBe(422);
    const body = await errorBodyOf(response);
    expect(body.error.code).toBe('validation_failed');
    const issue = body.error.issues?.find((i) => i.path === path);
    expect(issue, `an issue for ${path} in ${JSON.stringify(body.error.issues)}`).toBeDefined();
    if (message) expect(issue!.message).toMatch(message);

    expect(await getSettings(va)).toEqual(before);
  });

  test('a first save that fails leaves the defaults in place', async () => {
    const va = await signedIn();
    const response = await putSettings(va, { ...validSettings(), brandColor: '#ffffff' });
    expect(response.status).toBe(422);
    expect(await t.db.prisma.vaSettings.count()).toBe(0);
    expect((await getSettings(va)).updatedAt).toBeNull();
  });
});

describe('the settings in the product', () => {
  const newTrustTexts = () => {
    const texts = structuredClone(DEFAULT_VA_SETTINGS.trustTexts);
    texts.control = {
      title: { nl: 'Jij blijft de baas', en: 'You remain the boss' },
      steps: [{ nl: 'Elke vrijdag een overzicht.', en: 'An overview every Friday.' }],
    };
    return texts;
  };

  test('old results keep what they were computed with; new ones use the new settings', async () => {
    const old = await submitIntake(t);
    const oldView = await openResult(old.resultToken);
    expect(oldView.result.vaRateCents).toBe(DEFAULT_VA_SETTINGS.vaRateCents);
    if (oldView.result.engineVersion !== '2.0.0') throw new Error('a new intake is computed by engine 2.0.0');
    expect(oldView.result.trustPlan.concerns.find((s) => s.concern === 'control')!.title).toEqual(
      DEFAULT_VA_SETTINGS.trustTexts.control.title,
    );

    const va = await signedIn();
    const settings = {
      ...validSettings(),
      hourlyRateCents: 60_00,
      packages: [{ hoursPerMonth: 12, priceCents: 700_00 }],
      trustTexts: newTrustTexts(),
    };
    await saveSettings(va, settings);

    // The old result: the same figures and texts as before the change.
    const oldAgain = await openResult(old.resultToken);
    expect(oldAgain.result).toEqual(oldView.result);
    const stored = await t.db.prisma.intakeSnapshot.findUniqueOrThrow({ where: { intakeId: old.intakeId } });
    expect(stored.result).toEqual(oldView.result);
    // Whom to contact is always the current one.
    expect(oldAgain.va).toEqual({
      name: 'Marloes Bakker',
      bookingUrl: 'https://cal.example.nl/marloes/kennismaken',
      replyEmail: 'marloes@example.nl',
    });

    // A new submission: the new rate, package and trust texts.
    const fresh = await submitIntake(t);
    const freshView = await openResult(fresh.resultToken);
    const expected = computeDelegation(buildIntakeInput(), {
      catalogue: DEFAULT_CATALOGUE,
      vaRateCents: 60_00,
      packages: settings.packages,
      offers: VaOffersInput.parse(settings.offers),
      briefingSharePercent: 15,
      trustTexts: settings.trustTexts,
    });
    expect(freshView.result).toEqual(expected);
    if (freshView.result.engineVersion !== '2.0.0') throw new Error('engine 2.0.0');
    expect(freshView.result.vaRateCents).toBe(60_00);
    expect(freshView.result.briefingSharePercent).toBe(15);
    // The factory's prospect worries about cost: her smallest bundle, at its real price.
    expect(freshView.result.suggestedStart.offer).toEqual({
      kind: 'prepaid-bundle',
      bundle: { hours: 8, priceCents: 420_00, validMonths: 4 },
    });
    expect(freshView.result.trustPlan.concerns.find((s) => s.concern === 'control')).toMatchObject({
      title: { nl: 'Jij blijft de baas', en: 'You remain the boss' },
    });
    expect(freshView.result.trustPlan.concerns.find((s) => s.concern === 'control')!.steps.at(-1)).toEqual({
      nl: 'Elke vrijdag een overzicht.',
      en: 'An overview every Friday.',
    });
    // Concerns she did not change keep their texts.
    expect(freshView.result.trustPlan.concerns.find((s) => s.concern === 'cost')!.title).toEqual(
      DEFAULT_VA_SETTINGS.trustTexts.cost.title,
    );
  });

  test('without a booking link, "plan a call" becomes an e-mail to her reply address', async () => {
    const va = await signedIn();
    await saveSettings(va, { ...validSettings(), bookingUrl: null });
    const { resultToken } = await submitIntake(t);
    expect((await openResult(resultToken)).va).toEqual({
      name: 'Marloes Bakker',
      bookingUrl: 'mailto:marloes@example.nl',
      replyEmail: 'marloes@example.nl',
    });
  });

  test('the scan config shows her name, address, colour and logo', async () => {
    const before = await (await t.client.api.scan.config.$get()).json();
    expect(before.va).toEqual({ name: 'Sanne Jansen', email: 'sanne@example.nl', brandColor: DEFAULT_BRAND_COLOR, logoDataUrl: null });

    const va = await signedIn();
    await saveSettings(va, validSettings());
    const response = await t.client.api.scan.config.$get();
    expect(response.status).toBe(200);
    const after = await response.json();
    expect(after.va).toEqual({
      name: 'Marloes Bakker',
      email: 'marloes@example.nl',
      brandColor: '#1d4ed8',
      logoDataUrl: `data:image/png;base64,${TINY_PNG}`,
    });
  });
});
