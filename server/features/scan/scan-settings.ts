import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import type { Catalogue } from '#shared/delegation/catalogue-types.ts';
import type { DelegationContext } from '#shared/delegation/engine.ts';
import type { VaSettings } from '#shared/schemas/admin-settings.ts';

/** The tasks a new scan offers: the shipped catalogue until the VA can edit her own. */
export function currentCatalogue(): Catalogue {
  return DEFAULT_CATALOGUE;
}

/**
 * What a new scan is computed with: the catalogue (the shipped one, for now) and the VA's rate,
 * offers, briefing share and trust texts from her current settings (getVaSettings: the defaults until she saves). Every intake
 * keeps a snapshot of what it was computed with, so a later change never alters an old result.
 */
export function delegationContextFrom(settings: VaSettings): DelegationContext {
  return {
    catalogue: currentCatalogue(),
    vaRateCents: settings.hourlyRateCents,
    packages: settings.packages,
    offers: settings.offers,
    briefingSharePercent: settings.briefingSharePercent,
    trustTexts: settings.trustTexts,
  };
}
