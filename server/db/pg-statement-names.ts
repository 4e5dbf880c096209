import { createHash } from 'node:crypto';
import type pg from 'pg';

// "cached plan must not change result type": the statement's tables changed shape since it was prepared.
const STALE_PLAN = '0A000';

/**
 * Names for the SQL texts this process sends with parameters, so node-postgres prepares each once
 * per connection and then only binds and executes it: PostgreSQL no longer parses and plans the same
 * text on every request. The name is derived from the text (one text, one name, on every
 * connection). Texts past `maxNames`, and any whose plan went stale, stay unnamed.
 */
export class StatementNames {
  private readonly names = new Map<string, string | null>();

  constructor(private readonly maxNames = 1000) {}

  nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined) return known ?? undefined;
    if (this.names.size >= this.maxNames) return undefined;
    const name = `drizzle_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    this.names.set(text, name);
    return name;
  }

  /** Runs `text` unnamed from now on (its prepared plan no longer fits, e.g. after a migration). */
  forget(text: string): void {
    this.names.set(text, null);
  }
}

type QueryConfig = pg.QueryConfig & { name?: string };

/**
 * Makes `client` send its parameterised queries as named statements. Queries without parameters
 * keep the simple protocol (BEGIN, COMMIT, migration scripts of several statements).
 */
export function nameStatementsOf(client: pg.ClientBase, names: StatementNames): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = (...args: unknown[]) => {
    const [config, values] = args;
    if (
      config === null ||
      typeof config !== 'object' ||
      typeof (config as QueryConfig).text !== 'string' ||
      (config as QueryConfig).name ||
      !Array.isArray(values) ||
      values.length === 0
    )
      return query(...args);
    const text = (config as QueryConfig).text;
    const name = names.nameOf(text);
    if (!name) return query(...args);
    const stale = (e: unknown) => {
      if ((e as { code?: string } | null)?.code === STALE_PLAN) names.forget(text);
    };
    const [, , callback] = args;
    if (typeof callback === 'function')
      // The pool's own `query` passes a callback.
      return query({ ...(config as QueryConfig), name }, values, (e: unknown, res: unknown) => {
        if (e) stale(e);
        callback(e, res);
      });
    const result = query({ ...(config as QueryConfig), name }, values);
    if (!(result instanceof Promise)) return result;
    return result.catch((e: unknown) => {
      stale(e);
      throw e;
    });
  };
  client.query = named as typeof client.query;
}
