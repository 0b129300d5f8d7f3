/**
 * Dotted paths into the form values ("catalogueTasks.2.hours"): the same strings the shared
 * schema's issues and the server's 422 issues use, so an error finds its field directly.
 */

type Join<K, P> = K extends string | number ? (P extends string ? `${K}.${P}` : never) : never;

/** Every path into T, e.g. "about" | "catalogueTasks" | `catalogueTasks.${number}.hours`. */
export type Paths<T> = T extends readonly (infer Item)[]
  ? `${number}` | Join<number, Paths<Item>>
  : T extends object
    ? { [K in keyof T & string]: K | Join<K, Paths<T[K]>> }[keyof T & string]
    : never;

export function getIn(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `values` with the value at `path` replaced; arrays stay arrays. */
export function setIn<T>(values: T, path: string, value: unknown): T {
  const [key = '', ...rest] = path.split('.');
  const container: unknown = values;
  const child = rest.length === 0 ? value : setIn((container as Record<string, unknown> | undefined)?.[key], rest.join('.'), value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(key)] = child;
    return copy as T;
  }
  return { ...(container as Record<string, unknown>), [key]: child } as T;
}
