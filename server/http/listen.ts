import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { AppError } from '../../shared/errors.js';

/**
 * Binds HOST:PORT before anything else happens, so a busy port fails the start with a readable
 * message (not an EADDRINUSE stack) while nothing has been written yet. Requests that arrive
 * before the app is ready get `fetch`'s answer (see startingResponse).
 */
export async function listen(
  where: { HOST: string; PORT: number },
  fetch: (req: Request, bindings: unknown) => Response | Promise<Response>,
): Promise<Server> {
  const server = createAdaptorServer({ fetch, hostname: where.HOST, port: where.PORT }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE')
        reject(
          new AppError(
            'conflict',
            `Port ${where.PORT} on ${where.HOST} is already in use (is Scribe already running?). Stop that process or set PORT to a free port.`,
            { cause: e },
          ),
        );
      else if (e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL')
        reject(
          new AppError(
            'conflict',
            `Cannot listen on ${where.HOST}:${where.PORT} (${e.code}); choose another HOST or PORT.`,
            { cause: e },
          ),
        );
      else reject(e);
    });
    server.listen(where.PORT, where.HOST, () => resolve());
  });
  return server;
}

/** The answer while the database is still being opened and migrated: try again in a moment. */
export const startingResponse = () =>
  new Response(
    JSON.stringify({
      type: 'https://scribe.dev/problems/service-unavailable',
      title: 'Starting',
      status: 503,
      code: 'service_unavailable',
      detail: 'The server is starting; try again in a moment',
    }),
    { status: 503, headers: { 'content-type': 'application/problem+json', 'retry-after': '1' } },
  );
