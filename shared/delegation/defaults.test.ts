import { describe, expect, test } from 'vitest';
import { CONCERNS } from '../schemas/intake.ts';
import { VaOffersInput } from '../schemas/admin-settings.ts';
import { MonthlyPackage } from '../schemas/result.ts';
import { DEFAULT_VA_SETTINGS } from './defaults.ts';
import { TrustTexts } from './va-settings.ts';

describe('DEFAULT_VA_SETTINGS', () => {
  test('rate is €47.50 in whole cents', () => {
    expect(DEFAULT_VA_SETTINGS.vaRateCents).toBe(4750);
  });

  test('packages: valid, ascending, and bigger ones are a little cheaper per hour', () => {
    const { packages, vaRateCents } = DEFAULT_VA_SETTINGS;
    expect(packages.map((p) => p.hoursPerMonth)).toEqual([8, 16, 24, 40]);
    let previousPerHour = vaRateCents + 1;
    for (const pkg of packages) {
      expect(MonthlyPackage.parse(pkg)).toEqual(pkg);
      expect(pkg.priceCents % pkg.hoursPerMonth).toBe(0); // a whole-cent hourly price
      const perHour = pkg.priceCents / pkg.hoursPerMonth;
      expect(perHour).toBeLessThan(previousPerHour);
      expect(perHour).toBeGreaterThanOrEqual(vaRateCents * 0.9);
      previousPerHour = perHour;
    }
  });

  test('trust texts: one per concern, valid, translated', () => {
    const texts = TrustTexts.parse(DEFAULT_VA_SETTINGS.trustTexts);
    expect(Object.keys(texts).sort()).toEqual([...CONCERNS].sort());
    for (const concern of CONCERNS) {
      const { title, steps } = texts[concern];
      expect(steps.length).toBeGreaterThanOrEqual(2);
      for (const text of [title, ...steps]) expect(text.nl).not.toBe(text.en);
    }
  });

  test('trust texts cover what docs/product.md promises per concern', () => {
    const nl = (concern: (typeof CONCERNS)[number]) =>
      DEFAULT_VA_SETTINGS.trustTexts[concern].steps.map((s) => s.nl).join(' ');
    expect(nl('control')).toMatch(/takenlijst/);
    expect(nl('explaining')).toMatch(/schermdelen/);
    expect(nl('explaining')).toMatch(/checklist/);
    expect(nl('confidentiality')).toMatch(/verwerkersovereenkomst/);
    expect(nl('confidentiality')).toMatch(/wachtwoordmanager/);
    expect(nl('confidentiality')).toMatch(/NDA/);
    expect(nl('reachability')).toMatch(/reactietijden/);
    expect(nl('cost')).toMatch(/welke taken je uren/);
    expect(nl('bad-experience')).toMatch(/Na een maand/);
  });

  test('trust texts promise nothing the advice decides per prospect (how we start, how often, which channel)', () => {
    // The engine writes those steps from the answers (engine.ts, trustPlan), so the two never disagree.
    const all = CONCERNS.flatMap((concern) => DEFAULT_VA_SETTINGS.trustTexts[concern].steps.map((s) => s.nl)).join(' ');
    expect(all).not.toMatch(/één taak|elke week|proefopdracht|urenbundel|prepaid|WhatsApp of het takenbord/);
  });

  test('offers: a trial task under her rate and prepaid bundles, valid as she would enter them', () => {
    const offers = VaOffersInput.parse(DEFAULT_VA_SETTINGS.offers);
    expect(offers.trialTask?.priceCents).toBeLessThan(offers.trialTask!.hours * DEFAULT_VA_SETTINGS.vaRateCents);
    expect(offers.prepaidBundles.map((b) => b.hours)).toEqual([5, 10, 20]);
    expect(DEFAULT_VA_SETTINGS.briefingSharePercent).toBe(10);
  });

  test('the TrustTexts schema requires every concern', () => {
    const { cost: _cost, ...withoutCost } = DEFAULT_VA_SETTINGS.trustTexts;
    expect(TrustTexts.safeParse(withoutCost).success).toBe(false);
  });
});
