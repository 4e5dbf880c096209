/**
 * `npx tsx test/load/client-cpu.bench.ts [--delay-ms 200] [--connections 50] [--duration 10]`: the CPU
 * the load bench's own process spends per request, with the old client (one single-connection
 * autocannon instance per client) and the lean one (http-load.ts), against a server in another
 * process that answers each request after a fixed delay (so both see the same throughput, ~connections
 * / delay, whatever else runs on the machine), with a note-sized JSON body.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { runLoad } from './http-load.js';

const { values: args } = parseArgs({
  options: {
    'delay-ms': { type: 'string', default: '200' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    role: { type: 'string', default: 'client' },
  },
});
const delayMs = Number(args['delay-ms']);
const clients = Number(args.connections);
const durationS = Number(args.duration);

if (args.role === 'server') {
  const body = { note: 'x'.repeat(4000), sections: Array.from({ length: 20 }, (_, i) => ({ i })) };
  const s = serve(
    {
      fetch: new Hono().all('*', async (c) => {
        await new Promise((r) => setTimeout(r, delayMs));
        return c.json(body);
      }).fetch,
      hostname: '127.0.0.1',
      port: 0,
    },
    (info) => process.stdout.write(`PORT ${info.port}\n`),
  );
  process.once('SIGTERM', () => s.close(() => process.exit(0)));
} else {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--role', 'server', '--delay-ms', String(delayMs)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve) =>
    child.stdout.on('data', (d) => {
      const m = /PORT (\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    }),
  );
  const url = `http://127.0.0.1:${port}/encounters/e/segments`;
  const headers = { authorization: 'Bearer token', 'content-type': 'application/json' };
  let seq = 0;
  const upload = () =>
    JSON.stringify({
      segments: [{ seq: seq++, startMs: 0, endMs: 900, speaker: 'patient', text: 'Segment.' }],
    });
  const timed = async (name: string, run: () => Promise<number>) => {
    const before = process.cpuUsage();
    const answered = await run();
    const cpu = process.cpuUsage(before);
    console.log(
      `${name}: ${answered} requests, ${(answered / durationS).toFixed(0)} req/s, client ${((cpu.user + cpu.system) / 1000 / answered).toFixed(3)} CPU ms/req`,
    );
  };
  await timed('autocannon, one instance per client', async () => {
    let answered = 0;
    const instances = Array.from({ length: clients }, () =>
      autocannon({
        url,
        connections: 1,
        duration: durationS,
        requests: [{ method: 'POST', headers, setupRequest: (req) => ({ ...req, body: upload() }) }],
      }),
    );
    for (const i of instances) i.on('response', () => answered++);
    await Promise.all(instances);
    return answered;
  });
  await timed(
    'lean client (http-load.ts)',
    async () =>
      (await runLoad(clients, durationS * 1000, () => ({ url, method: 'POST', headers, body: upload }))).times
        .length,
  );
  child.kill('SIGTERM');
}
