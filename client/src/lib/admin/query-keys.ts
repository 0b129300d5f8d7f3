/** Every back-office query lives under this key: signing out removes them all. */
export const adminQueryRoot = ['admin'] as const;

/**
 * The intakes' query keys every back-office feature may name: a change to one intake
 * invalidates `all` (every inbox list and the detail), or only its `detail`. The inbox adds
 * its list keys (features/inbox/api/get-intakes.ts).
 */
export const intakeKeys = {
  all: [...adminQueryRoot, 'intakes'] as const,
  detail: (id: string) => [...intakeKeys.all, 'detail', id] as const,
};

/** The outbox's root key, which the e-mails' changes invalidate; the outbox adds its own (features/outbox/api/get-outbox.ts). */
export const outboxKeys = {
  all: [...adminQueryRoot, 'outbox'] as const,
};
