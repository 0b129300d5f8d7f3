import type { Locale } from '#shared/schemas/common.ts';
import type { VaSettings } from '#shared/schemas/admin-settings.ts';
import { m } from '../../../paraglide/messages.js';

/** The frame's height before embed.js has measured the scan (about step 1 on a laptop). */
const INITIAL_HEIGHT_PX = 900;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * What the VA pastes on her site: the scan in an iframe (a title for screen readers, loaded lazily,
 * full width, marked for embed.js) and the script that keeps it as tall as the scan. `language`
 * is the scan's language on that site (Dutch is the scan's own default, so it needs no ?lang).
 */
export function embedSnippet(urls: VaSettings['embed'], language: Locale): string {
  const src = language === 'nl' ? urls.scanUrl : `${urls.scanUrl}?lang=${language}`;
  const title = m.adminsettings_embed_frame_title({}, { locale: language });
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="${INITIAL_HEIGHT_PX}" style="display:block;width:100%;border:0" data-delegatiescan></iframe>`,
    `<script src="${escapeAttribute(urls.scriptUrl)}" async></script>`,
  ].join('\n');
}
