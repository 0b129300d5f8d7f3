import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import type { Catalogue } from '#shared/delegation/catalogue-types.ts';
import type { DelegationContext } from '#shared/delegation/engine.ts';
import type { AppDeps } from '../../app-deps.ts';
import { getVaSettings } from '../settings/settings.service.ts';

/** The tasks a new scan offers: the shipped catalogue until the VA can edit her own. */
export function currentCatalogue(): Catalogue {
  return DEFAULT_CATALOGUE;
}

/**
 * What a new scan is computed with: the catalogue (the shipped one, for now) and the VA's rate,
 * packages and trust texts as she last saved them (the defaults until she does). Every intake
 * keeps a snapshot of what it was computed with, so a later change never alters an old result.
 */
export async function currentDelegationContext(deps: AppDeps): Promise<DelegationContext> {
  const settings = await getVaSettings(deps);
  return {
    catalogue: currentCatalogue(),
    vaRateCents: settings.hourlyRateCents,
    packages: settings.packages,
    trustTexts: settings.trustTexts,
  };
}
