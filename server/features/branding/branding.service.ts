import { LOGO_IMAGE_TYPES, type LogoImageType } from '#shared/schemas/admin-settings.ts';
import type { AppDeps } from '../../app-deps.ts';
import { getVaSettings } from '../settings/settings.service.ts';

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
