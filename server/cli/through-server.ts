import type { z } from 'zod';
import { loginResponseSchema } from '../../shared/api/auth.js';
import { problemSchema } from '../../shared/api/problem.js';
import { AppError, type ErrorCode, errorCodes } from '../../shared/errors.js';

/** Who a CLI command acts as on a running server: an admin's session token, or their sign-in. */
export type AdminCredentials = { token: string } | { email: string; password: string; totp?: string };

/** An admin session on `baseUrl`: the changes it makes are authorised and audited as that admin. */
export interface AdminSession {
  /** `POST`/`GET` … `path` with the admin's token; the answer parsed with `schema`, a problem thrown as AppError. */
  call<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown): Promise<z.infer<S>>;
  /** Ends a session this CLI signed in for (a token given to it stays valid). */
  close(): Promise<void>;
}

async function send(baseUrl: string, method: string, path: string, token: string | null, body?: unknown) {
  try {
    return await fetch(new URL(path, baseUrl), {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new AppError('network_unavailable', `The server at ${baseUrl} did not answer`, { cause });
  }
}

async function parse<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    const code =
      problem.success && problem.data.code in errorCodes ? (problem.data.code as ErrorCode) : 'internal';
    const detail = problem.success ? (problem.data.detail ?? problem.data.title) : `HTTP ${response.status}`;
    throw new AppError(code, `The server refused: ${detail}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError('internal', 'The server answered with an unexpected shape');
  return parsed.data;
}

/** Signs in to the server at `baseUrl` as an admin (or takes their token) for a CLI command. */
export async function adminSession(baseUrl: string, credentials: AdminCredentials): Promise<AdminSession> {
  let token: string;
  let signedIn = false;
  if ('token' in credentials) token = credentials.token;
  else {
    const { email, password, totp } = credentials;
    const login = await parse(
      await send(baseUrl, 'POST', '/auth/login', null, { email, password, ...(totp ? { totp } : {}) }),
      loginResponseSchema,
    );
    if (login.user.role !== 'admin') {
      await send(baseUrl, 'POST', '/auth/logout', login.token);
      throw new AppError(
        'forbidden',
        `${email} is not an admin: only an admin can do this through the server`,
      );
    }
    token = login.token;
    signedIn = true;
  }
  return {
    call: async (method, path, schema, body) => parse(await send(baseUrl, method, path, token, body), schema),
    close: async () => {
      if (signedIn) await send(baseUrl, 'POST', '/auth/logout', token).catch(() => undefined);
    },
  };
}
