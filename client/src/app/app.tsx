// First: the language must resolve even where the browser blocks storage (see the file).
import './locale-without-storage.ts';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { LocaleProvider } from '../i18n/locale.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { AppRoutes } from './router.tsx';

/** The routes follow the browser's address bar (wouter's default location). */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AppRoutes />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
