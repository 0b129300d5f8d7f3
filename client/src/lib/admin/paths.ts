/**
 * The back office is a router nested at /admin: its links and navigations are relative to it
 * ("/settings" is /admin/settings). A path that starts with `~` is from the site's root.
 */
export const INBOX_PATH = '~/admin';

/** A path from the site's root (e.g. "/admin/login?next=…") as the nested router takes it. */
export function fromRoot(path: string): string {
  return `~${path}`;
}
