import type { SetupItemKey } from '#shared/schemas/setup.ts';
import { m } from '../../../paraglide/messages.js';

/**
 * Each checklist item: its name, a line on why it matters, and where in the settings she does it
 * (an anchor of the settings page; the e-mail item is done here, with the test e-mail).
 */
export const setupItems: Record<SetupItemKey, { label: () => string; hint: () => string; settingsSection: string | null }> = {
  name: { label: m.setup_item_name, hint: m.setup_item_name_hint, settingsSection: 'settings-about' },
  photo: { label: m.setup_item_photo, hint: m.setup_item_photo_hint, settingsSection: 'settings-branding' },
  rate: { label: m.setup_item_rate, hint: m.setup_item_rate_hint, settingsSection: 'settings-rate' },
  offers: { label: m.setup_item_offers, hint: m.setup_item_offers_hint, settingsSection: 'settings-offers' },
  booking: { label: m.setup_item_booking, hint: m.setup_item_booking_hint, settingsSection: 'settings-about' },
  'reply-address': { label: m.setup_item_reply_address, hint: m.setup_item_reply_address_hint, settingsSection: 'settings-about' },
  email: { label: m.setup_item_email, hint: () => '', settingsSection: null },
  embed: { label: m.setup_item_embed, hint: m.setup_item_embed_hint, settingsSection: 'settings-embed' },
};
