import type { QueryClient } from '@tanstack/react-query';
import { createContext } from 'react';

/**
 * The app's one QueryClient, made by the first QueryGate that renders (query-layer.tsx) and
 * kept here, one holder per app (provided by App): every gate provides the same client.
 */
export type QueryClientHolder = { client?: QueryClient };
export const QueryClientHolderContext = createContext<QueryClientHolder | null>(null);
