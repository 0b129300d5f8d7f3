import { expect, test } from 'vitest';
import { buildSaveDraftInput } from '../factories/intake.ts';
import { contactWith, submitIntake } from '../factories/submitted-intake.ts';
import { useTestApp } from '../setup/test-app.ts';

/** Data minimisation: a saved draft is kept only until the scan is finished, not its full 30 days. */
const t = useTestApp();

async function saveDraft(email: string) {
  const response = await t.app.request('/api/drafts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(buildSaveDraftInput({ email })),
  });
  expect(response.status).toBe(202);
}

test('finishing the scan erases the drafts saved under that address, whatever its case, and their e-mails', async () => {
  await saveDraft('Lotte@Example.nl');
  await saveDraft('lotte@example.nl');
  await saveDraft('someone-else@example.nl');
  expect(await t.db.prisma.outboxMessage.count({ where: { kind: 'resume-link' } })).toBe(3);

  await submitIntake(t, contactWith({ email: 'LOTTE@example.NL' }));

  const drafts = await t.db.prisma.scanDraft.findMany({ select: { email: true } });
  expect(drafts).toEqual([{ email: 'someone-else@example.nl' }]);
  expect(await t.db.prisma.outboxMessage.count({ where: { kind: 'resume-link' } })).toBe(1);
});
