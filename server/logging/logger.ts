/**
 * Structured JSON logs. Callers pass only fields from the allow-list below, so request bodies,
 * transcript or note text, names and tokens cannot reach the log by accident.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogFields {
  requestId?: string;
  method?: string;
  route?: string;
  status?: number;
  durationMs?: number;
  userId?: string;
  role?: string;
  code?: string;
  event?: string;
  count?: number;
  errorName?: string;
  /** A stable code of the underlying error (SQLSTATE, Node error code); never its message. */
  errorCode?: string;
  /** Where a 500 was thrown: `server/x/y.ts:12` (a path in the project, no data). */
  errorAt?: string;
  engine?: string;
}

export interface Logger {
  log(level: LogLevel, msg: string, fields?: LogFields): void;
}

const order: Record<LogLevel | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export function createLogger(
  minLevel: LogLevel | 'silent' = 'info',
  write: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Logger {
  return {
    log(level, msg, fields) {
      if (order[level] < order[minLevel]) return;
      write(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }));
    },
  };
}

/** A logger that keeps lines in memory: tests read them back. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, ...createLogger('debug', (l) => lines.push(l)) };
}
