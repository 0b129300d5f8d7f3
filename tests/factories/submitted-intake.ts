import { expect } from 'vitest';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';
import type { useTestApp } from '../setup/test-app.ts';
import { buildIntakeInput, newIdempotencyKey } from './intake.ts';

type TestApp = Pick<ReturnType<typeof useTestApp>, 'app'>;

/** Submits a scan through the real POST /api/intakes, as the browser does; expects 201. */
export async function submitIntake(
  t: TestApp,
  overrides: Partial<CreateIntakeInput> = {},
): Promise<{ intakeId: string; resultToken: string; input: CreateIntakeInput }> {
  const input = buildIntakeInput(overrides);
  const response = await t.app.request('/api/intakes', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey() },
    body: JSON.stringify(input),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  const body = (await response.json()) as { intakeId: string; resultToken: string };
  return { ...body, input };
}

/** The contact part of the scan with other values (keeps the required consent). */
export function contactWith(overrides: Partial<CreateIntakeInput['contact']>): Pick<CreateIntakeInput, 'contact'> {
  return { contact: { ...buildIntakeInput().contact, ...overrides } };
}
