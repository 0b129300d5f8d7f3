/**
 * Links that carry a token are minted when a message is sent, not when it is rendered: the outbox
 * stores these placeholders (valid URLs, so templates treat them as any link), and the sender
 * replaces them with fresh links whose token hashes it stores. No usable token sits in the outbox.
 */
export const LINK_PLACEHOLDERS = {
  /** A fresh link to the intake's result (ResultLink, purpose "email"). */
  result: 'https://link.invalid/result',
  /** A one-click unsubscribe link for the intake (UnsubscribeLink). */
  unsubscribe: 'https://link.invalid/unsubscribe',
  /** A link that reopens the draft (ResumeLink, valid 30 days). */
  resume: 'https://link.invalid/resume',
} as const;

export type LinkPlaceholder = keyof typeof LINK_PLACEHOLDERS;

/** The body with every given placeholder replaced by its link. */
export function fillLinkPlaceholders(body: string, links: [placeholder: string, url: string][]): string {
  return links.reduce((out, [placeholder, url]) => out.split(placeholder).join(url), body);
}
