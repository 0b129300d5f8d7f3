/**
 * Runs a command-line script and exits explicitly: the WASM schema engine keeps a timer alive for
 * ~10 s after free(), and PGlite may leave the exit code at 99.
 */
export function runScript(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
