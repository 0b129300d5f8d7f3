import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation, type DelegationAnswers } from '#shared/delegation/engine.ts';
import type { VaSettings } from '#shared/schemas/admin-settings.ts';
import { DelegationResult } from '#shared/schemas/result.ts';
import { buildAboutAnswers } from '../../tests/factories/scan-answers.ts';
import { emailBrandingFrom, followUpMergeValues, resultSummaryFrom } from './email-data.ts';
import type { EmailBranding, ResultSummary } from './email-types.ts';

const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function settings(overrides: Partial<VaSettings> = {}): VaSettings {
  return {
    vaName: 'Marloes Bakker',
    logoDataUrl: null,
    brandColor: '#1d4ed8',
    hourlyRateCents: 55_00,
    packages: DEFAULT_VA_SETTINGS.packages.map((pkg) => ({ ...pkg })),
    bookingUrl: 'https://cal.example.nl/marloes',
    replyEmail: 'marloes@example.nl',
    emailSignature: 'Hartelijke groet,\nMarloes',
    trustTexts: DEFAULT_VA_SETTINGS.trustTexts,
    embedOrigins: [],
    retentionMonths: 12,
    updatedAt: null,
    ...overrides,
  } as VaSettings;
}

const env = { PUBLIC_URL: 'https://scan.example.nl' };

describe('emailBrandingFrom', () => {
  test('takes her name, colour, signature, reply address and booking link from the settings', () => {
    expect(emailBrandingFrom(settings(), env)).toEqual({
      vaName: 'Marloes Bakker',
      logoUrl: null,
      brandColor: '#1d4ed8',
      signature: 'Hartelijke groet,\nMarloes',
      replyEmail: 'marloes@example.nl',
      bookingUrl: 'https://cal.example.nl/marloes',
    });
  });

  test('links the logo on our own address with a short fingerprint that changes with the logo', () => {
    const first = emailBrandingFrom(settings({ logoDataUrl: TINY_PNG }), env).logoUrl;
    expect(first).toMatch(/^https:\/\/scan\.example\.nl\/api\/branding\/logo\?v=[0-9a-f]{12}$/);
    expect(emailBrandingFrom(settings({ logoDataUrl: TINY_PNG }), { PUBLIC_URL: 'https://scan.example.nl/' }).logoUrl).toBe(first);
    const other = emailBrandingFrom(settings({ logoDataUrl: TINY_PNG.replace('CYII=', 'CYIA=') }), env).logoUrl;
    expect(other).not.toBe(first);
  });
});

/** Six tasks a drained owner would hand over, and one that is her own work. */
const answers: DelegationAnswers = {
  about: buildAboutAnswers(),
  tasks: {
    catalogueTasks: [
      ...['meeting-scheduling', 'invoicing', 'email-templates', 'payment-reminders', 'website-updates', 'document-formatting'].map(
        (taskId, index) => ({ taskId, minutesPerMonth: (index + 2) * 60, feeling: 'drains' as const, skill: 'others-better' as const, needsMe: 'no' as const }),
      ),
      { taskId: 'complaints', minutesPerMonth: 120, feeling: 'enjoy', skill: 'great', needsMe: 'yes' },
    ],
    customTasks: [],
  },
  collaboration: { channels: ['email'], updateFrequency: 'weekly', concerns: ['control'], startPreference: 'monthly-hours' },
};

const result = computeDelegation(answers, { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS, vaRateCents: 45_00 });

describe('resultSummaryFrom', () => {
  test('first name, the hours and net from month 3, and the tasks the start begins with', () => {
    expect(result.suggestedStart.firstTaskKeys.length).toBeGreaterThan(0);
    for (const locale of ['nl', 'en'] as const) {
      const summary = resultSummaryFrom({ name: '  Zoë   de Vries ', result, locale });
      expect(summary).toEqual({
        firstName: 'Zoë',
        freedMinutesPerMonth: result.fromMonthThree.freedMinutes,
        netGainCentsPerMonth: result.fromMonthThree.netCents,
        topTasks: result.suggestedStart.firstTaskKeys.map((key) => result.tasks.find((task) => task.key === key)!.label[locale]),
      });
    }
    expect(resultSummaryFrom({ name: 'Zoë', result, locale: 'nl' }).topTasks).not.toEqual(
      resultSummaryFrom({ name: 'Zoë', result, locale: 'en' }).topTasks,
    );
  });

  test('a stored 1.0.0 result is quoted with its own totals and first tasks', () => {
    const stored = DelegationResult.parse(
      (JSON.parse(readFileSync(new URL('../../tests/fixtures/intake-engine-1.0.0.json', import.meta.url), 'utf8')) as { result: unknown }).result,
    );
    if (stored.engineVersion !== '1.0.0') throw new Error('expected a 1.0.0 fixture');
    const summary = resultSummaryFrom({ name: 'Sanne', result: stored, locale: 'nl' });
    expect(summary.freedMinutesPerMonth).toBe(stored.totals.freedMinutesPerMonth);
    expect(summary.netGainCentsPerMonth).toBe(stored.totals.netGainCentsPerMonth);
    expect(summary.topTasks).toEqual(['Afspraken plannen met klanten', 'Documenten opmaken', 'Facturen maken en versturen']);
  });

  test('a result with nothing to hand over quotes no tasks', () => {
    const keepOnly = computeDelegation(
      { ...answers, tasks: { catalogueTasks: [answers.tasks.catalogueTasks.at(-1)!], customTasks: [] } },
      { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS, vaRateCents: 45_00 },
    );
    expect(resultSummaryFrom({ name: 'Zoë', result: keepOnly, locale: 'nl' }).topTasks).toEqual([]);
  });
});

describe('followUpMergeValues', () => {
  const summary: ResultSummary = {
    firstName: 'Zoë',
    freedMinutesPerMonth: 750,
    netGainCentsPerMonth: 350_00,
    topTasks: ['Afspraken plannen', 'Facturen maken', 'Mailsjablonen maken'],
  };
  const branding: EmailBranding = emailBrandingFrom(settings(), env);

  test('Dutch: hours as the result page writes them, tasks as "a, b en c", her booking page', () => {
    expect(followUpMergeValues({ summary, locale: 'nl', branding })).toEqual({
      firstName: 'Zoë',
      hoursFreed: '12,5 uur',
      topTasks: 'Afspraken plannen, Facturen maken en Mailsjablonen maken',
      bookingLink: 'https://cal.example.nl/marloes',
    });
  });

  test('English: "12.5 hours" and "a, b and c"', () => {
    expect(followUpMergeValues({ summary, locale: 'en', branding })).toMatchObject({
      hoursFreed: '12.5 hours',
      topTasks: 'Afspraken plannen, Facturen maken and Mailsjablonen maken',
    });
  });

  test('without a booking page: her e-mail address (also for a mailto: booking link)', () => {
    const noBooking = { ...branding, bookingUrl: null };
    expect(followUpMergeValues({ summary, locale: 'nl', branding: noBooking }).bookingLink).toBe('marloes@example.nl');
    const mailto = { ...branding, bookingUrl: 'mailto:afspraak@example.nl?subject=Kennismaken' };
    expect(followUpMergeValues({ summary, locale: 'nl', branding: mailto }).bookingLink).toBe('afspraak@example.nl');
  });

  test('no tasks read as "the tasks from your scan" (one or two: formatList in shared/format)', () => {
    const none = { ...summary, topTasks: [] };
    expect(followUpMergeValues({ summary: none, locale: 'nl', branding }).topTasks).toBe('de taken uit je scan');
    expect(followUpMergeValues({ summary: none, locale: 'en', branding }).topTasks).toBe('the tasks from your scan');
  });
});
