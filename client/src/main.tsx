import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadResultPage } from './app/router.tsx';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
// Step 1 is already on screen (prerendered into index.html): the first render may yield to the
// browser between components (a transition), so it blocks the main thread in short pieces.
function render() {
  startTransition(() => {
    createRoot(root!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

// A result link's page with the result in it (server/features/results/result-page.ts): the app
// renders over it once the result page's code is there, so its first frame is that result, not
// an empty page while the code loads. (The code is preloaded by the page: this waits for it.)
if (document.getElementById('result-data')) void preloadResultPage().then(render, render);
else render();
