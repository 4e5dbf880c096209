import { type PGlite, protocol, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { PgliteStatements } from './pglite-statements.js';

const END = {
  begin: protocol.serialize.query('BEGIN'),
  commit: protocol.serialize.query('COMMIT'),
  rollback: protocol.serialize.query('ROLLBACK'),
};

// The types drizzle reads as text (its own date and interval mapping): timestamp, timestamptz,
// interval, date, numeric[] and the arrays of the date types.
const TEXT_TYPES = [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182];
const keepText = (value: string) => value;

/**
 * Runs PGlite operations (a query, or a whole transaction) one at a time in arrival order, each
 * in its own turn of the event loop. PGlite executes synchronously: without a turn between them,
 * waiting operations ran back to back in one microtask drain, and the server accepted one new
 * connection and read no new request until the queue emptied (seconds under load), so a client
 * that connected late waited behind every later arrival. Nothing here is a lock across requests
 * that PGlite did not already hold; it only hands the next turn over through the event loop.
 */
export class TakeTurns {
  private last: Promise<void> = Promise.resolve();

  run<T>(operation: () => Promise<T>): Promise<T> {
    const previous = this.last;
    let done!: () => void;
    this.last = new Promise<void>((resolve) => {
      done = resolve;
    });
    return previous.then(operation).finally(() => setImmediate(done));
  }
}

/**
 * The PGlite client drizzle sees: operations take turns (above), and drizzle's parsers are
 * installed once. drizzle hands PGlite parsers that keep those types as text with every query, and
 * PGlite then copies its whole parser table (~300 entries, a third of a simple query's time) to
 * merge them in; installed on the instance and dropped from each call, every query parses exactly
 * as before without the copy. Options with any other parser pass through unchanged.
 */
export function pgliteForDrizzle(client: PGlite): PGlite & TurnsOfOne {
  for (const type of TEXT_TYPES) client.parsers[type] = keepText;
  const strip = (options: QueryOptions | undefined) => {
    if (!options?.parsers) return options;
    for (const type in options.parsers) if (!TEXT_TYPES.includes(Number(type))) return options;
    const { parsers: _installed, ...rest } = options;
    return rest;
  };
  const turns = new TakeTurns();
  const statements = new PgliteStatements(client);
  /**
   * PGlite's own `transaction`, in fewer protocol calls: BEGIN goes with the first statement (none
   * when nothing runs), COMMIT and ROLLBACK straight to the protocol. Only `query` is offered: all
   * drizzle's session asks of a transaction. A transaction that PostgreSQL aborted (an error caught
   * inside it) commits nothing and throws, as PGlite's does.
   */
  const transaction = async <T>(fn: (tx: Transaction) => Promise<T>): Promise<T> => {
    let closed = false;
    const tx = {
      query: async <R>(q: string, params?: unknown[], options?: QueryOptions) => {
        if (closed) throw new Error('Transaction is closed');
        const begin = !client.isInTransaction();
        const ours = await statements.query<R>(q, params, strip(options), true, begin);
        if (ours) return ours;
        if (begin) await client.execProtocol(END.begin, { syncToFs: false });
        return client.query<R>(q, params, strip(options));
      },
      get closed() {
        return closed;
      },
    } as unknown as Transaction;
    try {
      const value = await fn(tx);
      closed = true;
      if (client.isInTransaction()) {
        const { messages } = await client.execProtocol(END.commit);
        const done = messages.find((m) => m.name === 'commandComplete') as { text?: string } | undefined;
        if (done?.text === 'ROLLBACK') throw new Error('The transaction was aborted and rolled back');
      }
      return value;
    } catch (e) {
      closed = true;
      if (client.isInTransaction()) await client.execProtocol(END.rollback, { syncToFs: false });
      throw e;
    }
  };
  const query = async <R>(q: string, params?: unknown[], options?: QueryOptions) =>
    (await statements.query<R>(q, params, strip(options), false)) ??
    client.query<R>(q, params, strip(options));
  /**
   * Statements in one turn, each committed on its own (no BEGIN, no COMMIT): what a unit that only
   * reads and appends its audit event needs. It keeps a request's statements together, as a
   * transaction does on this one connection, for one protocol call fewer (the COMMIT).
   */
  const oneTurn = async <T>(fn: (tx: Transaction) => Promise<T>): Promise<T> => {
    let closed = false;
    const tx = {
      query: <R>(q: string, params?: unknown[], options?: QueryOptions) => {
        if (closed) throw new Error('Transaction is closed');
        return query<R>(q, params, options);
      },
      get closed() {
        return closed;
      },
    } as unknown as Transaction;
    try {
      return await fn(tx);
    } finally {
      closed = true;
    }
  };
  let nextTransaction: 'transaction' | 'oneTurn' = 'transaction';
  const adapter = {
    query: (q: string, params?: unknown[], options?: QueryOptions) =>
      turns.run(() => query(q, params, options)),
    transaction: <T>(fn: (tx: Transaction) => Promise<T>) => {
      const kind = nextTransaction;
      nextTransaction = 'transaction';
      return turns.run(() => (kind === 'oneTurn' ? oneTurn(fn) : transaction(fn)));
    },
    inOneTurn: <T>(start: () => Promise<T>): Promise<T> => {
      // drizzle's `transaction` reaches ours synchronously; should it ever not, the flag is
      // cleared here and the unit runs as a real transaction (correct, one call dearer).
      nextTransaction = 'oneTurn';
      try {
        return start();
      } finally {
        nextTransaction = 'transaction';
      }
    },
  };
  return adapter as unknown as PGlite & TurnsOfOne;
}

/** What `pgliteForDrizzle` adds to a PGlite client. */
export interface TurnsOfOne {
  /**
   * Runs `start` (which calls drizzle's `transaction` at once) with its transaction handle running
   * statements in one turn without BEGIN and COMMIT: each statement commits on its own.
   */
  inOneTurn<T>(start: () => Promise<T>): Promise<T>;
}
