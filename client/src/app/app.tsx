// First: the language must resolve even where the browser blocks storage (see the file).
import './locale-without-storage.ts';
import { useState } from 'react';
import { LocaleProvider } from '../i18n/locale.tsx';
import { QueryClientHolderContext, type QueryClientHolder } from '../lib/query-client-holder.ts';
import { AppRoutes } from './router.tsx';

/**
 * The routes follow the browser's address bar (wouter's default location). react-query loads
 * after the first render, where a QueryGate first asks for it (lib/query-layer.tsx); its one
 * client for this app is kept in `holder`.
 */
export function App() {
  const [holder] = useState<QueryClientHolder>(() => ({}));
  return (
    <QueryClientHolderContext value={holder}>
      <LocaleProvider>
        <AppRoutes />
      </LocaleProvider>
    </QueryClientHolderContext>
  );
}
