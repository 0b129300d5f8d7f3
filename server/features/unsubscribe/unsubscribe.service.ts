import { ResultToken } from '#shared/schemas/common.ts';
import type { AppDeps } from '../../app-deps.ts';
import { notFound } from '../../lib/errors.ts';
import { hashToken } from '../../lib/security.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import { findUnsubscribeState, resubscribeByLink, unsubscribeByLink } from './unsubscribe.repository.ts';

/** One answer for every miss: a wrong, malformed or erased link look the same. */
const NOT_FOUND_MESSAGE = 'This link does not exist (any more).';

/** vaName: null until the VA has set her name (the page then speaks neutrally). */
export type UnsubscribeState = { unsubscribed: boolean; vaName: string | null };

/** For the unsubscribe page: has this prospect unsubscribed already, and from whom. */
export async function unsubscribeState(deps: AppDeps, token: string): Promise<UnsubscribeState> {
  const state = isWellFormed(token) ? await findUnsubscribeState(deps.db, hashToken(token)) : null;
  if (!state) throw notFound(NOT_FOUND_MESSAGE);
  return { unsubscribed: state.unsubscribed, vaName: await vaName(deps) };
}

/** One click: no more follow-ups for this intake; clicking again is fine. */
export async function unsubscribe(deps: AppDeps, token: string): Promise<UnsubscribeState> {
  const found = isWellFormed(token) && (await unsubscribeByLink(deps.db, hashToken(token)));
  if (!found) throw notFound(NOT_FOUND_MESSAGE);
  return { unsubscribed: true, vaName: await vaName(deps) };
}

/** Undo (a click by mistake): follow-ups as agreed before; undoing again is fine. */
export async function undoUnsubscribe(deps: AppDeps, token: string): Promise<UnsubscribeState> {
  const found = isWellFormed(token) && (await resubscribeByLink(deps.db, hashToken(token)));
  if (!found) throw notFound(NOT_FOUND_MESSAGE);
  return { unsubscribed: false, vaName: await vaName(deps) };
}

function isWellFormed(token: string): boolean {
  return ResultToken.safeParse(token).success;
}

async function vaName(deps: AppDeps): Promise<string | null> {
  return (await getVaSettings(deps)).vaName || null;
}
