/**
 * Creates a back-office (VA) account, or sets a new password for an existing one.
 *
 *   npm run va:create -- --email sanne@example.nl --name "Sanne Jansen"
 *
 * The password comes from VA_PASSWORD when set (scripts, CI), otherwise it is asked twice on the
 * terminal without echo. Without a terminal and without VA_PASSWORD it refuses. Uses DATABASE_URL
 * like the server (migrating first), so run it against the database the server uses.
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { PASSWORD_MIN_LENGTH } from '#shared/schemas/auth.ts';
import { readDatabaseUrl, readVaPassword } from '../server/env.ts';
import { saveVa } from '../server/features/auth/auth.service.ts';
import { openDatabase } from '../server/lib/db.ts';
import { createLogger } from '../server/lib/logger.ts';
import { AppError } from '../server/lib/errors.ts';

const USAGE = `Usage: npm run va:create -- --email <address> [--name "<full name>"]
  --email  the sign-in address (required)
  --name   the VA's name (required for a new account; optional when changing a password)
The password is read from VA_PASSWORD, or asked on the terminal (at least ${PASSWORD_MIN_LENGTH} characters;
common, leaked or easily guessed passwords are refused).`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.email) {
    console.error(`--email is required.\n\n${USAGE}`);
    return 2;
  }

  const password = readVaPassword() ?? (await askPassword());
  if (password === null) {
    console.error('No password: set VA_PASSWORD, or run this in a terminal to be asked for one.');
    return 2;
  }

  const db = await openDatabase(readDatabaseUrl());
  try {
    // The security event (account created, password changed) as a JSON line on stderr: stdout
    // stays the one line a person reads.
    const log = createLogger({ NODE_ENV: 'production', LOG_LEVEL: 'info' }, pino.destination({ dest: 2, sync: true }));
    const { va, created, endedSessions } = await saveVa({ db, log }, { email: args.email, name: args.name, password });
    if (created) {
      console.log(`Created VA account ${va.email} (${va.name}).`);
    } else {
      const signedOut = endedSessions > 0 ? `; signed out ${endedSessions} session${endedSessions === 1 ? '' : 's'}` : '';
      console.log(`Account ${va.email} already existed: updated its password${args.name ? ' and name' : ''}${signedOut}.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.issues) {
      console.error(`Not saved:\n${error.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

/** Asks twice without echo; null when there is no terminal to ask on. */
async function askPassword(): Promise<string | null> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return null;
  for (;;) {
    const first = await readHidden('Password: ');
    const second = await readHidden('Password (again): ');
    if (first === second) return first;
    console.error('The passwords differ; try again.');
  }
}

/** Typed ahead of the current prompt (e.g. two pasted lines): kept for the next one. */
let typedAhead = '';

function readHidden(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  stdin.setRawMode(true); // no echo from here on: before the prompt, so no typed-ahead key shows
  stdin.setEncoding('utf8');
  stdout.write(prompt);
  return new Promise((resolve) => {
    let value = '';
    const finish = (answer: string) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
      resolve(answer);
    };
    /** True when the line is complete; what follows it is kept in `typedAhead`. */
    const consume = (chars: string): boolean => {
      for (let i = 0; i < chars.length; i++) {
        const char = chars[i]!;
        if (char === '\r' || char === '\n' || char === '\u0004') {
          typedAhead = chars.slice(i + 1).replace(/^\n/, '');
          return true;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          stdout.write('\n');
          process.exit(130); // Ctrl-C
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
      return false;
    };
    const onData = (chunk: string) => {
      if (consume(chunk)) finish(value);
    };
    const ahead = typedAhead;
    typedAhead = '';
    if (consume(ahead)) {
      finish(value);
      return;
    }
    stdin.on('data', onData);
    stdin.resume();
  });
}

main().then(
  // The migration engine keeps a timer alive for a while: exit explicitly.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
