import { fromRoot } from '../../../lib/admin/paths.ts';

/**
 * The list of templates. The pages below /admin/email-templates are a router nested there, in
 * which "/" would be "/admin/email-templates/" (with a trailing slash): hence a path from the root.
 */
export const TEMPLATES_PATH = fromRoot('/admin/email-templates');
