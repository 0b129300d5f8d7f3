import { createContext, useContext } from 'react';
import { hc } from 'hono/client';
import type { AppType } from '#server/app.ts';
import type { AdminFetch } from './admin-fetch.ts';

/** The typed API (`client.admin.intakes.$get(...)`) over the back office's fetch. */
export function createAdminClient(adminFetch: AdminFetch) {
  return hc<AppType>('/', { fetch: adminFetch }).api;
}

export type AdminClient = ReturnType<typeof createAdminClient>;

export type AdminConnection = {
  client: AdminClient;
  /** For code that builds its own `hc` (settings): fetch with the CSRF token and sign-out on 401. */
  adminFetch: AdminFetch;
};

export const AdminConnectionContext = createContext<AdminConnection | null>(null);

function useAdminConnection(): AdminConnection {
  const connection = useContext(AdminConnectionContext);
  if (!connection) throw new Error('The back office needs an AdminConnectionContext (AdminApp provides it)');
  return connection;
}

export function useAdminClient(): AdminClient {
  return useAdminConnection().client;
}

export function useAdminFetch(): AdminFetch {
  return useAdminConnection().adminFetch;
}
