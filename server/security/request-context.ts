import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

export interface RequestScope {
  /** The app's clock (a fake one in tests): expiry checks deep in services must use it, not Date.now. */
  clock: () => Date;
  requestId: string | null;
  method: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Makes the clock, request id and method reachable from services that only receive a database
 * handle and a user (e.g. `loadEncounter`), without widening every signature.
 */
export const requestContext = (): MiddlewareHandler<AppEnv> => (c, next) =>
  storage.run(
    { clock: c.get('deps').clock, requestId: c.get('requestId') ?? null, method: c.req.method },
    next,
  );

/** The current request's scope, or undefined outside a request (CLIs, background work). */
export const currentRequest = (): RequestScope | undefined => storage.getStore();
