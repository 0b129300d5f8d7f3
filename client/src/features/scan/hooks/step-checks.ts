/**
 * The step schemas and zod, loaded on a form's first check: the scan's first paint does not
 * wait for them. ScanPage starts loading them right after that paint (preloadLaterSteps), so
 * they are there before the first "Next". Its own module, so that the first load can start it
 * without importing react-hook-form (decision 0028).
 */
export const preloadStepChecks = () => import('../utils/step-resolvers.ts');
