import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
// Step 1 is already on screen (prerendered into index.html): the first render may yield to the
// browser between components (a transition), so it blocks the main thread in short pieces.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
