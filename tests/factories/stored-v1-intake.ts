import { readFileSync } from 'node:fs';

/**
 * An intake as engine 1.0.0 stored it (November 2026): its answers ("needs me" a boolean, no BTW
 * question) and its result snapshot, computed by that engine and frozen in a fixture. Old
 * intakes must keep loading and rendering exactly like this.
 */
export function storedV1Intake(): { answers: object; result: object } {
  const url = new URL('../fixtures/intake-engine-1.0.0.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as { answers: object; result: object };
}
