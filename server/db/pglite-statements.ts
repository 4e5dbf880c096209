import {
  type messages,
  type PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
} from '@electric-sql/pglite';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];

interface Statement {
  name: string;
  paramTypes: number[];
  /** The statement's row description (absent for a statement that returns no rows). */
  rowDescription: messages.RowDescriptionMessage | undefined;
}

const { serialize } = protocol;
const BEGIN = serialize.query('BEGIN');

// "cached plan must not change result type", "prepared statement does not exist".
const STALE_STATEMENT = new Set(['0A000', '26000']);
const isStale = (e: unknown) => STALE_STATEMENT.has((e as { code?: string } | null)?.code ?? '');

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A query error as `PGlite.query` throws it: the database error, with the query it came from. */
const withQuery = (e: unknown, query: string, params: unknown[], options: QueryOptions | undefined) =>
  e instanceof Error ? Object.assign(e, { query, params, queryOptions: options }) : e;

/**
 * Runs each distinct SQL text as a named prepared statement of the one PGlite session: parsed and
 * described once, then each run is one protocol call (bind, execute, sync) instead of PGlite's six
 * (parse, describe, bind, describe, execute, sync), and PostgreSQL skips parsing and, once its plan
 * cache settles, planning. drizzle builds the same text for the same query shape with values as
 * parameters, so the set of statements stays small; past `maxStatements` texts run unprepared.
 *
 * Results, parameter serialisation and errors are PGlite's own (`parseResults`, its serializers, its
 * `DatabaseError` carrying the query). Callers run one operation at a time (`TakeTurns`).
 */
export class PgliteStatements {
  private readonly statements = new Map<string, Statement>();
  private named = 0;

  constructor(
    private readonly client: PGlite,
    private readonly maxStatements = 1000,
  ) {}

  /**
   * Runs `text` as its prepared statement; null when it cannot be one (PGlite's own `query` then runs
   * it), having sent nothing. `inTransaction`: PGlite syncs its file system after a statement only
   * outside transactions. `begin`: opens the transaction in the same protocol call (a simple-query
   * BEGIN ahead of the statement) instead of a call of its own.
   */
  async query<T>(
    text: string,
    params: unknown[] = [],
    options: QueryOptions | undefined,
    inTransaction: boolean,
    begin = false,
  ): Promise<Results<T> | null> {
    if (options?.blob || options?.paramTypes) return null;
    try {
      return await this.run<T>(text, params, options, inTransaction, begin);
    } catch (e) {
      // Outside a transaction a statement gone stale is simply prepared again; inside one, the
      // error has aborted the transaction and is the caller's to see.
      if (inTransaction || !isStale(e)) throw withQuery(e, text, params, options);
      try {
        return await this.run<T>(text, params, options, inTransaction);
      } catch (again) {
        throw withQuery(again, text, params, options);
      }
    }
  }

  private async run<T>(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
    inTransaction: boolean,
    begin = false,
  ) {
    const statement = this.statements.get(text) ?? (await this.prepare(text));
    if (!statement) return null;
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const type = statement.paramTypes[i] ?? 0;
      const serializer = options?.serializers?.[type] ?? this.client.serializers[type];
      return serializer ? serializer(value) : String(value);
    });
    let replies: BackendMessage[];
    try {
      replies = (
        await this.client.execProtocol(
          concat([
            ...(begin ? [BEGIN] : []),
            serialize.bind({ statement: statement.name, values }),
            serialize.execute({}),
            serialize.sync(),
          ]),
          { syncToFs: !inTransaction, ...(options?.onNotice ? { onNotice: options.onNotice } : {}) },
        )
      ).messages;
    } catch (e) {
      // Its tables changed shape, or the session lost it: the next run prepares it afresh (under a
      // new name; the stale one stays behind, unused, which only DDL at run time would cause).
      if (isStale(e)) this.statements.delete(text);
      throw e;
    }
    // BEGIN's own replies end at its ReadyForQuery; the statement's follow.
    if (begin) replies = replies.slice(replies.findIndex((m) => m.name === 'readyForQuery') + 1);
    const described = statement.rowDescription ? [statement.rowDescription, ...replies] : replies;
    return parse.parseResults(described, this.client.parsers, options)[0] as Results<T>;
  }

  private async prepare(text: string): Promise<Statement | null> {
    if (this.statements.size >= this.maxStatements) return null;
    const name = `drizzle_${++this.named}`;
    const { messages: replies } = await this.client.execProtocol(
      concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
      { syncToFs: false },
    );
    const parameters = replies.find((m) => m.name === 'parameterDescription') as
      | messages.ParameterDescriptionMessage
      | undefined;
    const statement: Statement = {
      name,
      paramTypes: parameters?.dataTypeIDs ?? [],
      rowDescription: replies.find((m) => m.name === 'rowDescription') as
        | messages.RowDescriptionMessage
        | undefined,
    };
    this.statements.set(text, statement);
    return statement;
  }
}
