/**
 * What the admin routes know about the signed-in VA. The auth feature's `requireVa`
 * middleware sets it; every route under /api/admin reads it as `c.var.va`.
 */
export type SignedInVa = {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
};

export type AdminEnv = { Variables: { va: SignedInVa } };
