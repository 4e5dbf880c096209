import type { SQL } from 'drizzle-orm';
import type { Executor } from './client.js';

interface Prepared<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}

/** What drizzle's database and transaction objects hold: the driver session and its connection. */
interface DriverSession {
  client: unknown;
  prepareQuery(
    query: { sql: string; params: unknown[] },
    fields: undefined,
    name: string,
    isResponseInArrayMode: boolean,
  ): Prepared<unknown>;
}
interface WithSession {
  session: DriverSession;
  dialect: { sqlToQuery(sql: SQL): { sql: string; params: unknown[] } };
}

const sessionOf = (executor: Executor) => (executor as unknown as WithSession).session;

/**
 * Runs a query whose SQL drizzle built once (its values `sql.placeholder`s) on any executor: the
 * database, or one request's transaction. drizzle otherwise rebuilds a query's text from its parts
 * on every run, which was about a fifth of a note read's CPU. The prepared query is drizzle's own,
 * result mapping included; only the connection it runs on is the executor's, so one build per
 * driver serves every transaction. `name` names the statement on PostgreSQL (one per call site).
 */
export function builtQuery<V extends Record<string, unknown>, R>(
  build: (db: Executor) => { prepare(name: string): Prepared<R> },
  name: string,
): (executor: Executor, values: V) => Promise<R> {
  return onExecutor((db) => build(db).prepare(name));
}

/** `builtQuery` for a raw `sql` template (rows as objects, as `execute` returns them). */
export function builtSql<V extends Record<string, unknown>, R = { rows: Record<string, unknown>[] }>(
  query: SQL,
  name: string,
): (executor: Executor, values: V) => Promise<R> {
  return onExecutor(
    (db) =>
      sessionOf(db).prepareQuery(
        (db as unknown as WithSession).dialect.sqlToQuery(query),
        undefined,
        name,
        false,
      ) as Prepared<R>,
  );
}

function onExecutor<V extends Record<string, unknown>, R>(
  prepare: (db: Executor) => Prepared<R>,
): (executor: Executor, values: V) => Promise<R> {
  // By driver (PGlite or node-postgres): the prepared query's class and parsers are the driver's.
  const byDriver = new Map<unknown, Prepared<R>>();
  return (executor, values) => {
    const session = sessionOf(executor);
    let prepared = byDriver.get(session.constructor);
    if (!prepared) {
      prepared = prepare(executor);
      byDriver.set(session.constructor, prepared);
    }
    const onThis = Object.assign(
      Object.create(Object.getPrototypeOf(prepared) as object) as object,
      prepared,
      {
        client: session.client,
      },
    ) as Prepared<R>;
    return onThis.execute(values);
  };
}
