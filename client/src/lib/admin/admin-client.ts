import { createContext, useContext } from 'react';
import { hc } from 'hono/client';
import type { AppType } from '#server/app.ts';
import type { AdminFetch } from './admin-fetch.ts';

/** The typed API (`client.admin.intakes.$get(...)`) over the back office's fetch. */
export function createAdminClient(adminFetch: AdminFetch) {
  return hc<AppType>('/', { fetch: adminFetch }).api;
}

export type AdminClient = ReturnType<typeof createAdminClient>;

/** The back office's client, made once by AdminApp (its fetch carries the session's CSRF token). */
export const AdminClientContext = createContext<AdminClient | null>(null);

export function useAdminClient(): AdminClient {
  const client = useContext(AdminClientContext);
  if (!client) throw new Error('The back office needs an AdminClientContext (AdminApp provides it)');
  return client;
}
