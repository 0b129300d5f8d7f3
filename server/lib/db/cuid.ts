/**
 * Ids for rows that hand-written statements insert, in the format Prisma's `@default(cuid())`
 * gives the same columns (cuid v1, as @prisma/client's runtime generates it): `c`, the time in
 * milliseconds (base 36), a per-process counter (4), a host/process fingerprint (4) and 8 random
 * characters. Rows from both sources therefore sort by id the way Prisma's own ids do (time
 * first), which the timeline's `ORDER BY createdAt, id` relies on for events of one millisecond.
 */
import os from 'node:os';

const BASE = 36;
const BLOCK = BASE ** 4;

function pad(text: string, size: number): string {
  return text.padStart(size, '0').slice(-size);
}

function hostName(): string {
  try {
    return os.hostname();
  } catch {
    return 'hostname';
  }
}

const host = hostName();
const fingerprint =
  pad(process.pid.toString(BASE), 2) +
  pad(host.split('').reduce((sum, char) => sum + char.charCodeAt(0), host.length + BASE).toString(BASE), 2);

let counter = 0;

function randomBlock(): string {
  return pad(Math.floor(Math.random() * BLOCK).toString(BASE), 4);
}

/**
 * A new cuid. `at` sets its time part (default now). `firstOfItsMillisecond` gives the lowest
 * counter, so that the id sorts before every other id of that millisecond (used for an intake's
 * "submitted" event, which must come before the events written after it in the same
 * millisecond); its 8 random characters keep it unique.
 */
export function cuid(options: { at?: Date; firstOfItsMillisecond?: boolean } = {}): string {
  const time = (options.at ?? new Date()).getTime().toString(BASE);
  let count = 0;
  if (!options.firstOfItsMillisecond) {
    counter = counter < BLOCK ? counter : 0;
    count = counter++;
  }
  return `c${time}${pad(count.toString(BASE), 4)}${fingerprint}${randomBlock()}${randomBlock()}`;
}
