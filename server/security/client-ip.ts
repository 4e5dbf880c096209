import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's IP: the socket's peer address, or — only behind a trusted proxy (TRUST_PROXY=1) —
 * the last X-Forwarded-For hop, the one our proxy appended (earlier hops are client-controlled).
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    const last = hops.at(-1);
    if (last) return last.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket (in-process app.request in tests): every such caller shares one bucket.
    return 'unknown';
  }
}
