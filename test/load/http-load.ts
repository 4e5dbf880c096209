/**
 * The load bench's HTTP client: one keep-alive socket per client, one request in flight on it, the
 * request written as the bytes autocannon wrote (request line, `Host`, `Connection: keep-alive`, the
 * headers, `Content-Length` for a body) and the response read only as far as its status and its end
 * (Content-Length or chunked framing), its body never kept. All clients share this process and its
 * one event loop, so the load generator spends little of the CPU the servers it measures need.
 */
import { connect, type Socket } from 'node:net';

/** What one client sends, again and again; `body` as a function builds each request's own body. */
export interface ClientTarget {
  /** Origin and path, e.g. `http://127.0.0.1:3000/notes/1`. */
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | (() => string);
}

export interface LoadResult {
  /** Each answered request's latency (ms), from writing it to reading its last byte. */
  times: number[];
  statuses: Map<number, number>;
  non2xx: number;
  /** Connection errors, a server closing the connection mid-request, and requests unanswered within the timeout. */
  errors: number;
}

const TIMEOUT_MS = 10_000;
const HEADERS_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');

/** The request's bytes, as autocannon's request builder lays them out. */
export function requestBytes(target: ClientTarget, body: string | undefined): Buffer {
  const url = new URL(target.url);
  const lines = [
    `${target.method ?? 'GET'} ${url.pathname}${url.search} HTTP/1.1`,
    `Host: ${url.host}`,
    'Connection: keep-alive',
  ];
  for (const [key, value] of Object.entries(target.headers ?? {})) lines.push(`${key}: ${value}`);
  const bodyBuf = body ? Buffer.from(body) : null;
  if (bodyBuf && bodyBuf.length > 0) lines.push(`Content-Length: ${bodyBuf.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
  return bodyBuf && bodyBuf.length > 0 ? Buffer.concat([head, bodyBuf]) : head;
}

/**
 * Reads HTTP/1.1 responses off one connection, one at a time: `push` each chunk; it returns the
 * status once the response is complete, or null while more is to come.
 */
export class ResponseReader {
  private pending: Buffer | null = null;
  private status = 0;
  /** Body bytes still to come (Content-Length); -1: chunked; null: headers not read yet. */
  private bodyLeft: number | null = null;
  /** Chunked: bytes of the current chunk's data (and its CRLF) still to skip. */
  private chunkLeft = 0;

  reset(): void {
    this.pending = null;
    this.bodyLeft = null;
    this.chunkLeft = 0;
  }

  push(chunk: Buffer): number | null {
    let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    if (this.bodyLeft === null) {
      const end = buf.indexOf(HEADERS_END);
      if (end < 0) {
        this.pending = buf;
        return null;
      }
      const head = buf.toString('latin1', 0, end);
      this.status = Number(head.slice(9, 12));
      const length = /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
      if (length) this.bodyLeft = Number(length[1]);
      else if (/\r\ntransfer-encoding:[^\r]*chunked/i.test(head)) this.bodyLeft = -1;
      else this.bodyLeft = 0;
      buf = buf.subarray(end + 4);
    }
    if (this.bodyLeft >= 0) {
      this.bodyLeft -= buf.length;
      return this.bodyLeft <= 0 ? this.done() : null;
    }
    return this.chunked(buf);
  }

  private chunked(buf: Buffer): number | null {
    let at = 0;
    while (at < buf.length) {
      if (this.chunkLeft > 0) {
        const skip = Math.min(this.chunkLeft, buf.length - at);
        this.chunkLeft -= skip;
        at += skip;
        continue;
      }
      const lineStart = at;
      const lineEnd = buf.indexOf(CRLF, lineStart);
      if (lineEnd < 0) {
        this.pending = buf.subarray(lineStart);
        return null;
      }
      const size = Number.parseInt(buf.toString('latin1', lineStart, lineEnd), 16);
      at = lineEnd + 2;
      if (size === 0) {
        // The last chunk: the empty line after it ends the response (no trailers are sent).
        if (buf.length < at + 2) {
          this.pending = buf.subarray(lineStart);
          return null;
        }
        return this.done();
      }
      this.chunkLeft = size + 2;
    }
    return null;
  }

  private done(): number {
    const status = this.status;
    this.reset();
    return status;
  }
}

/**
 * Runs `clients` clients for `durationMs`, client `c` sending `targetFor(c)` on its own connection,
 * the next request as soon as the previous is answered. Requests still unanswered at the end are
 * dropped with their connections, uncounted (as autocannon's end did).
 */
export function runLoad(
  clients: number,
  durationMs: number,
  targetFor: (client: number) => ClientTarget,
): Promise<LoadResult> {
  const result: LoadResult = { times: [], statuses: new Map(), non2xx: 0, errors: 0 };
  const sockets: Socket[] = [];
  let stopped = false;
  const runClient = (c: number) => {
    const target = targetFor(c);
    const url = new URL(target.url);
    const fixed = typeof target.body === 'function' ? null : requestBytes(target, target.body);
    const reader = new ResponseReader();
    let socket: Socket;
    let sentAt = 0;
    let inFlight = false;
    let timer: NodeJS.Timeout | null = null;
    const send = () => {
      if (stopped) return;
      const bytes = fixed ?? requestBytes(target, (target.body as () => string)());
      inFlight = true;
      sentAt = performance.now();
      timer = setTimeout(fail, TIMEOUT_MS);
      socket.write(bytes);
    };
    const open = () => {
      reader.reset();
      socket = connect(Number(url.port), url.hostname);
      sockets[c] = socket;
      socket.setNoDelay(true);
      socket.on('connect', send);
      socket.on('data', (chunk: Buffer) => {
        const status = reader.push(chunk);
        if (status === null || stopped) return;
        if (timer) clearTimeout(timer);
        inFlight = false;
        result.times.push(performance.now() - sentAt);
        result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
        if (status < 200 || status >= 300) result.non2xx++;
        send();
      });
      // A refused or reset connection, or one the server closed: an error if it failed or lost a
      // request (autocannon counted both), then a fresh connection.
      let failed = false;
      socket.on('error', () => {
        failed = true;
      });
      socket.on('close', () => {
        if (stopped || sockets[c] !== socket) return;
        if (timer) clearTimeout(timer);
        if (inFlight || failed) result.errors++;
        inFlight = false;
        if (failed) setTimeout(() => !stopped && open(), 10);
        else open();
      });
    };
    const fail = () => {
      // Unanswered within the timeout: an error, and a fresh connection (as autocannon's timeout).
      result.errors++;
      inFlight = false;
      const old = socket;
      open();
      old.destroy();
    };
    open();
    return () => {
      if (timer) clearTimeout(timer);
    };
  };
  const stops = Array.from({ length: clients }, (_, c) => runClient(c));
  return new Promise((resolve) => {
    setTimeout(() => {
      stopped = true;
      for (const stop of stops) stop();
      for (const socket of sockets) socket.destroy();
      resolve(result);
    }, durationMs);
  });
}
