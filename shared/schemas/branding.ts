import { z } from 'zod';

/**
 * GET /api/branding: the VA's name, colour and logo for the prospect's pages outside the scan
 * (the scan's own config carries the catalogue too, ~24 kB the result page does not need).
 */
export const PublicBranding = z.object({
  /** null until she has said who she is: the pages then show the scan's name. */
  name: z.string().nullable(),
  /** #rrggbb */
  brandColor: z.string(),
  /** A same-origin path that changes with the logo (`/api/branding/logo?v=…`), or null. */
  logoUrl: z.string().nullable(),
});
export type PublicBranding = z.infer<typeof PublicBranding>;
