import { use, type ComponentType } from 'react';

/** Never settles: on the server, code that loads later stays its fallback. */
const onTheServer = new Promise<never>(() => {});

/**
 * Like React.lazy, for code outside the scan's first load: the component's module loads on the
 * first render (or earlier, by `preload()`), and once loaded the component renders at once, with
 * no Suspense fallback in between, also where it first appears. A failed load is tried again on
 * the next render (the error reaches the nearest error boundary meanwhile). Rendered on the
 * server (the scan's step 1 at build time, a result page's HTML) it never loads: its Suspense
 * fallback is what the first paint shows, as in the browser.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function Preloadable(props: P) {
    const Component = loaded ?? use(typeof window === 'undefined' ? onTheServer : preload());
    return <Component {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}
