import { fileURLToPath } from 'node:url';

const stableCode = /^[A-Za-z0-9_.-]{1,40}$/;
// The repository root (this file is server/logging/…), wherever the server was started from.
const projectRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/**
 * What caused a 500, without its message: the error class, its stable code (a SQLSTATE such as
 * 22P05, a Node code such as ECONNRESET) from the error or its causes, and the first project frame.
 */
export function describeCause(cause: unknown): { errorName?: string; errorCode?: string; errorAt?: string } {
  if (!(cause instanceof Error)) return {};
  let errorCode: string | undefined;
  for (let e: unknown = cause, depth = 0; e && depth < 5 && !errorCode; depth++) {
    const code = (e as { code?: unknown }).code;
    if ((typeof code === 'string' || typeof code === 'number') && stableCode.test(String(code)))
      errorCode = String(code);
    e = (e as { cause?: unknown }).cause;
  }
  const frame = cause.stack
    ?.split('\n')
    .slice(1)
    .find((line) => line.includes(projectRoot) && !line.includes('node_modules'));
  const at = frame ? /\(?((?:file:\/\/)?\/[^\s()]+:\d+):\d+\)?\s*$/.exec(frame)?.[1] : undefined;
  return {
    errorName: stableCode.test(cause.name) ? cause.name : 'Error',
    ...(errorCode ? { errorCode } : {}),
    ...(at ? { errorAt: at.replace(/^file:\/\//, '').replace(`${projectRoot}/`, '') } : {}),
  };
}
