import { hc } from 'hono/client';
import type { AppType } from '#server/app.ts';

/** Typed calls to the Hono routes: `api.api.intakes.$post(...)`. Types only cross from server/. */
export const api = hc<AppType>('/');
