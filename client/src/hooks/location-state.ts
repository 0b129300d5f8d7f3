import { createContext, useContext } from 'react';
import { useHistoryState } from 'wouter/use-browser-location';

/**
 * How the current history entry's state (what a link or `navigate` passed as `state`) is read:
 * the browser's history in the app; the tests' in-memory location in testing/.
 */
export const LocationStateContext = createContext<() => unknown>(useHistoryState);

/** The state of the current history entry; null when it has none. */
export function useLocationState(): unknown {
  const useEntryState = useContext(LocationStateContext);
  return useEntryState() ?? null;
}
