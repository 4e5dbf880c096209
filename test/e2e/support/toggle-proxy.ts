import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A reverse proxy in front of the Scribe server whose network can be "cut": while offline, every
 * connection is destroyed before an answer, exactly what a dropped Wi-Fi looks like to fetch().
 */
export async function startToggleProxy(target: string) {
  let offline = false;
  const sockets = new Set<Socket>();
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setOffline(value: boolean) {
      offline = value;
      // Keep-alive connections would otherwise keep working through the "cut".
      if (value) for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
