import type { MiddlewareHandler } from 'hono';
import { safeDecodeURIComponent, textProblem } from '../../shared/api/bounded.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';

const MAX_DEPTH = 64;

/** The first string in `value` (a parsed JSON body) that no text column can hold, with its path. */
function findMalformed(value: unknown, path: string, depth = 0): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path: path || '(root)', problem } : null;
  }
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { path: path ? `${path}.(key)` : '(key)', problem: keyProblem };
    const found = findMalformed(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD';

const refuse = (where: string, found: { path: string; problem: string }) =>
  new AppError('validation_failed', `Invalid ${where}`, {
    details: { errors: [{ path: found.path, message: found.problem }] },
  });

/**
 * Refuses, before any route runs, text that PostgreSQL cannot store (NUL, lone surrogates) and
 * malformed percent-encoding, anywhere in the path, the query or a JSON body. The request schemas
 * refuse the same (shared/api/bounded.ts); this catches fields a route's own schema forgot.
 */
export const rejectMalformedText = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const url = new URL(c.req.url);
  for (const segment of url.pathname.split('/')) {
    const decoded = safeDecodeURIComponent(segment);
    if (decoded === null) throw new AppError('bad_request', 'The URL has malformed percent-encoding');
    const problem = textProblem(decoded);
    if (problem) throw refuse('path', { path: '(path)', problem });
  }
  for (const [key, value] of url.searchParams) {
    const found = findMalformed({ [key]: value }, '');
    if (found) throw refuse('query', found);
  }
  // GET and HEAD carry no body (the Node adapter attaches none): asking for one made it build the
  // whole web Request (headers, abort signal, stream) on every note read that said it was JSON.
  const type = hasBody(c.req.method) ? c.req.header('content-type') : undefined;
  if (type && /^application\/(json|merge-patch\+json)\b/i.test(type)) {
    // The parsed body is cached on the request, so the route's validator does not parse it again.
    const body = await c.req.json().catch(() => undefined);
    const found = body === undefined ? null : findMalformed(body, '');
    if (found) throw refuse('json', found);
  }
  await next();
};
