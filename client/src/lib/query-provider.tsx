import { QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, type ReactNode } from 'react';
import { createQueryClient } from './query-client.ts';
import { QueryClientHolderContext } from './query-client-holder.ts';

/** QueryGate's inside (query-layer.tsx): loaded with react-query, after the first render. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const outer = useContext(QueryClientContext);
  const holder = useContext(QueryClientHolderContext);
  if (outer) return children;
  if (!holder) throw new Error('A QueryGate outside App (or outside a QueryClientProvider)');
  // Made once per app, by whichever gate renders first.
  holder.client ??= createQueryClient();
  return <QueryClientProvider client={holder.client}>{children}</QueryClientProvider>;
}
