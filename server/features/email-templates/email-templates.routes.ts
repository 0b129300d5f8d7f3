import { Hono } from 'hono';
import { EmailTemplateInput } from '#shared/schemas/email.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import { changeTemplate, createTemplate, listTemplates, removeTemplate } from './email-templates.service.ts';

/** Two texts of at most 5000 characters each, and two subjects: anything far larger is not a template. */
const MAX_TEMPLATE_BODY_BYTES = 64 * 1024;
const templateBodyLimit = limitBody(MAX_TEMPLATE_BODY_BYTES);

/**
 * The VA's follow-up templates, mounted at /api/admin/email-templates behind requireVa.
 * A subject or body with an unknown merge field is a 422 on that field (shared/schemas/email.ts).
 */
export function emailTemplateRoutes(deps: AppDeps) {
  return new Hono<AdminEnv>()
    .get('/', async (c) => c.json(await listTemplates(deps), 200))
    .post('/', templateBodyLimit, validate('json', EmailTemplateInput), async (c) => {
      return c.json(await createTemplate(deps, c.req.valid('json')), 201);
    })
    .put('/:id', templateBodyLimit, validate('json', EmailTemplateInput), async (c) => {
      return c.json(await changeTemplate(deps, c.req.param('id'), c.req.valid('json')), 200);
    })
    .delete('/:id', async (c) => {
      await removeTemplate(deps, c.req.param('id'));
      return c.json({ deleted: true as const }, 200);
    });
}
