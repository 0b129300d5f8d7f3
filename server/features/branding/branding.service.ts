import { LOGO_IMAGE_TYPES, type LogoImageType } from '#shared/schemas/admin-settings.ts';
import type { PublicBranding } from '#shared/schemas/branding.ts';
import type { AppDeps } from '../../app-deps.ts';
import { LOGO_PATH, logoVersion } from '../../emails/email-data.ts';
import { getVaSettings } from '../settings/settings.service.ts';

/**
 * Her name, colour and logo as the prospect's pages show them. The logo is a same-origin URL
 * that changes with the logo (`?v=`), so the browser caches it a day without ever showing an old one.
 */
export async function publicBranding(deps: AppDeps): Promise<PublicBranding> {
  const settings = await getVaSettings(deps);
  return {
    name: settings.vaName || null,
    brandColor: settings.brandColor,
    logoUrl: settings.logoDataUrl ? `${LOGO_PATH}?v=${logoVersion(settings.logoDataUrl)}` : null,
  };
}

export type LogoImage = { contentType: LogoImageType; bytes: Uint8Array<ArrayBuffer> };

/** The VA's logo as an image, or null when she has none. */
export async function currentLogo(deps: AppDeps): Promise<LogoImage | null> {
  const { logoDataUrl } = await getVaSettings(deps);
  return logoDataUrl ? decodeLogoDataUrl(logoDataUrl) : null;
}

const DATA_URL = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/i;

/**
 * The stored `data:` URL (checked by LogoDataUrl when saved) back to bytes. Checked again here:
 * only the raster types we allow are ever served under our origin, never e.g. an SVG.
 */
export function decodeLogoDataUrl(dataUrl: string): LogoImage | null {
  const match = DATA_URL.exec(dataUrl);
  const type = match?.[1]?.toLowerCase();
  const base64 = match?.[2];
  if (!type || !base64 || !isLogoImageType(type)) return null;
  return { contentType: type, bytes: new Uint8Array(Buffer.from(base64, 'base64')) };
}

function isLogoImageType(type: string): type is LogoImageType {
  return (LOGO_IMAGE_TYPES as readonly string[]).includes(type);
}
