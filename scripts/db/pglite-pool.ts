/**
 * An in-memory PGlite dressed as a pg.Pool, so that @prisma/adapter-pg (and through it Prisma's
 * schema engine) can use it as a throwaway PostgreSQL database: no server needed to create or
 * check migrations. Only what adapter-pg calls is implemented: query(), connect() (for
 * transactions), end() and the EventEmitter methods pg.Pool already has.
 *
 * Values come back as node-postgres would return them: every column is parsed with the type
 * parser adapter-pg asks for (text format), not with PGlite's own parsers.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

type TypeParser = (text: string) => unknown;
type QueryConfig = {
  text: string;
  values?: unknown[];
  rowMode?: 'array';
  types?: { getTypeParser: (oid: number, format: 'text') => TypeParser };
};
type QueryResultLike = {
  command: string;
  rowCount: number;
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
};

/** PGlite's own parsers know these oids; everything else it returns as text. */
const PGLITE_PARSED_OIDS = [16, 17, 20, 21, 23, 25, 26, 114, 700, 701, 1042, 1043, 1082, 1114, 1184, 3802];
const MAX_BUILTIN_OID = 9999;

export class PglitePool extends pg.Pool {
  readonly db: PGlite;
  #parsers: Record<number, (text: string) => unknown> | undefined;

  constructor(db: PGlite) {
    super({ max: 1 });
    this.db = db;
  }

  /**
   * A fresh in-memory database; PGlite takes a few seconds to start. With the extensions the
   * PostgreSQL migrations create (pg_trgm: the inbox search, docs/decisions/0029).
   */
  static async create(): Promise<PglitePool> {
    return new PglitePool(await PGlite.create({ extensions: { pg_trgm } }));
  }

  /** node-postgres' parser for every built-in oid that it parses, keyed for PGlite. */
  #parsersFor(getTypeParser: (oid: number, format: 'text') => TypeParser) {
    if (this.#parsers) return this.#parsers;
    const passThrough = getTypeParser(2_000_000_000, 'text');
    const parsers: Record<number, (text: string) => unknown> = {};
    const add = (oid: number) => {
      const parse = getTypeParser(oid, 'text');
      parsers[oid] = (text) => parse(text);
    };
    for (let oid = 1; oid <= MAX_BUILTIN_OID; oid += 1) {
      if (getTypeParser(oid, 'text') !== passThrough) add(oid);
    }
    for (const oid of PGLITE_PARSED_OIDS) add(oid);
    this.#parsers = parsers;
    return parsers;
  }

  async #run(config: string | QueryConfig, values?: unknown[]): Promise<QueryResultLike> {
    const query: QueryConfig = typeof config === 'string' ? { text: config, values } : config;
    const params = query.values ?? [];
    if (params.length === 0 && !query.types && !query.rowMode) {
      // A script (possibly several statements), as executeScript sends it.
      const results = await this.db.exec(query.text);
      const last = results.at(-1);
      return {
        command: '',
        rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
        rows: last?.rows ?? [],
        fields: last?.fields ?? [],
      };
    }
    const getTypeParser = query.types?.getTypeParser ?? ((oid: number) => pg.types.getTypeParser(oid, 'text'));
    const result = await this.db.query(query.text, params, {
      rowMode: query.rowMode === 'array' ? 'array' : 'object',
      parsers: this.#parsersFor(getTypeParser),
    });
    return {
      command: '',
      rowCount: result.affectedRows ?? result.rows.length,
      rows: result.rows,
      fields: result.fields,
    };
  }

  // pg.Pool's query() has many overloads; adapter-pg uses the promise forms only.
  override query = ((config: string | QueryConfig, values?: unknown[]) => this.#run(config, values)) as unknown as pg.Pool['query'];

  override connect = (async () => {
    const client = {
      query: (config: string | QueryConfig, values?: unknown[]) => this.#run(config, values),
      release: () => {},
      on: () => client,
      removeListener: () => client,
    };
    return client;
  }) as unknown as pg.Pool['connect'];

  override end = (async () => {
    // PGlite sets the process exit code to 99 when it closes: keep the one we had.
    const exitCode = process.exitCode;
    await this.db.close();
    process.exitCode = exitCode;
  }) as unknown as pg.Pool['end'];
}
