import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useRouter } from 'wouter';
import { fromRoot } from '../lib/admin/paths.ts';

/**
 * Where the browser is, from the site's root (the back office's router is nested at /admin, so
 * wouter's useLocation would say "/intakes/abc" for /admin/intakes/abc): the path, and the query
 * string as it stands in the address bar ("?q=zoe", or "" without one).
 */
export function useCurrentLocation(): { pathname: string; search: string } {
  const router = useRouter();
  // The router's own location hooks, as wouter's useLocation and useSearch call them, but
  // without making the path relative or decoding the query string.
  const [pathname] = router.hook(router);
  const search = router.searchHook(router);
  return { pathname, search: search === '' || search.startsWith('?') ? search : `?${search}` };
}

/**
 * The query string as URLSearchParams, and a setter that navigates to new ones (on the same
 * path; a new history entry unless `replace`, so back/forward step through the filters).
 *
 * Rather than wouter's useSearchParams: an update made after a delay (the debounced search box)
 * starts from the latest query string, an update that changes nothing adds no history entry,
 * and the inbox stays at /admin (not /admin/).
 */
export function useSearch() {
  const { pathname, search } = useCurrentLocation();
  const [, navigate] = useLocation();
  // The latest query string, for updates made after a delay (the debounced search box).
  const latest = useRef(search);
  useEffect(() => {
    latest.current = search;
  }, [search]);

  const setSearch = useCallback(
    (next: (current: URLSearchParams) => URLSearchParams, { replace = false }: { replace?: boolean } = {}) => {
      const query = next(new URLSearchParams(latest.current)).toString();
      const target = query ? `?${query}` : '';
      if (target === latest.current) return;
      latest.current = target;
      navigate(fromRoot(`${pathname}${target}`), { replace });
    },
    [navigate, pathname],
  );

  return [new URLSearchParams(search), setSearch] as const;
}
