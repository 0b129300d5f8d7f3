import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import type { DelegationContext } from '#shared/delegation/engine.ts';

/**
 * What a new scan is computed with: the catalogue, the VA's rate, packages and trust texts.
 * For now the defaults from shared/; the back office will make these editable, and every
 * intake keeps a snapshot of what it was computed with.
 */
export function currentDelegationContext(): DelegationContext {
  return {
    catalogue: DEFAULT_CATALOGUE,
    vaRateCents: DEFAULT_VA_SETTINGS.vaRateCents,
    packages: DEFAULT_VA_SETTINGS.packages,
    trustTexts: DEFAULT_VA_SETTINGS.trustTexts,
  };
}
