import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { ChangeStatusInput, InboxExportQuery, InboxQuery, NoteInput } from '#shared/schemas/admin-intakes.ts';
import type { AppDeps } from '../../app-deps.ts';
import { requireRecentReauth, type AdminEnv } from '../../lib/auth-context.ts';
import { logSecurityEvent } from '../../lib/logger.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import {
  addNote,
  changeStatus,
  csvFileName,
  editNote,
  eraseIntakeForGood,
  exportIntakeData,
  getIntakeDetail,
  jsonExportFileName,
  listInbox,
  markIntakeRead,
  markIntakeUnread,
  removeNote,
  writeInboxCsv,
} from './admin-intakes.service.ts';

/** A note is at most 5000 characters; anything far larger is not a note. */
const MAX_JSON_BODY_BYTES = 64 * 1024;
const smallJsonBody = limitBody(MAX_JSON_BODY_BYTES);

/**
 * The VA's intakes, mounted at /api/admin/intakes behind requireVa (session, CSRF, no-store).
 * See shared/schemas/admin-intakes.ts for the query parameters and DTOs.
 */
export function adminIntakeRoutes(deps: AppDeps) {
  return (
    new Hono<AdminEnv>()
      .get('/', validate('query', InboxQuery), async (c) => {
        return c.json(await listInbox(deps, c.req.valid('query')), 200);
      })
      // Before '/:id', which would otherwise take "export.csv" for an id.
      // Every intake at once: her password (and code) within the last 5 minutes (decision 0025).
      .get('/export.csv', requireRecentReauth, validate('query', InboxExportQuery), (c) => {
        const query = c.req.valid('query');
        logSecurityEvent(deps.log, 'export', { what: 'inbox-csv', by: 'va', userId: c.var.va.userId });
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header('Content-Disposition', `attachment; filename="${csvFileName()}"`);
        return stream(
          c,
          (sink) => writeInboxCsv(deps, query, sink),
          async (error, sink) => {
            // The status line has gone out: all we can do is log and cut the download short.
            deps.log.error({ err: error }, 'CSV export failed');
            sink.abort();
          },
        );
      })
      .get('/:id', async (c) => {
        return c.json(await getIntakeDetail(deps, c.req.param('id')), 200);
      })
      .get('/:id/export.json', async (c) => {
        const id = c.req.param('id');
        const data = await exportIntakeData(deps, id);
        logSecurityEvent(deps.log, 'export', { what: 'intake-json', by: 'va', intakeId: id, userId: c.var.va.userId });
        c.header('Content-Disposition', `attachment; filename="${jsonExportFileName(id)}"`);
        return c.json(data, 200);
      })
      .patch('/:id/status', smallJsonBody, validate('json', ChangeStatusInput), async (c) => {
        const { status } = c.req.valid('json');
        return c.json(await changeStatus(deps, c.req.param('id'), status, c.var.va), 200);
      })
      .post('/:id/read', async (c) => {
        return c.json(await markIntakeRead(deps, c.req.param('id')), 200);
      })
      .post('/:id/unread', async (c) => {
        return c.json(await markIntakeUnread(deps, c.req.param('id')), 200);
      })
      .post('/:id/notes', smallJsonBody, validate('json', NoteInput), async (c) => {
        const { body } = c.req.valid('json');
        return c.json(await addNote(deps, c.req.param('id'), body, c.var.va), 201);
      })
      .patch('/:id/notes/:noteId', smallJsonBody, validate('json', NoteInput), async (c) => {
        const { body } = c.req.valid('json');
        return c.json(await editNote(deps, c.req.param('id'), c.req.param('noteId'), body), 200);
      })
      .delete('/:id/notes/:noteId', async (c) => {
        await removeNote(deps, c.req.param('id'), c.req.param('noteId'));
        return c.json({ deleted: true as const }, 200);
      })
      .delete('/:id', requireRecentReauth, async (c) => {
        const id = c.req.param('id');
        await eraseIntakeForGood(deps, id);
        logSecurityEvent(deps.log, 'erasure', { what: 'intake', by: 'va', intakeId: id, userId: c.var.va.userId });
        return c.json({ erased: true as const }, 200);
      })
  );
}
