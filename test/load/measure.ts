import type { AuditAppendStats } from '../../server/audit/audit-append-stats.js';
import { type ClientTarget, runLoad } from './http-load.js';

export interface Row {
  scenario: string;
  'req/s': number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** CPU time the server processes spent per answered request (ms): steadier than req/s on a busy machine. */
  'cpu ms/req': number;
  /** CPU time this (the load-generating) process spent per answered request (ms). */
  'client ms/req': number;
  /** Audit statements beyond one per event (a head another process moved or held), per request. */
  'audit retries/req': number;
  /** Segment uploads the one statement handed to the unit of work for contention, per request. */
  'contended/req': number;
  target: string;
}

const WARM_UP_S = 3;

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;

/**
 * Runs one scenario as one connection per client (one request in flight on it), so each client can
 * own its encounter (one clinician, one visit at a time) and be pinned to one server process
 * (round robin), after WARM_UP_S unmeasured seconds of the same load. `p99TargetMs` null: only
 * zero errors is required (the ceiling). All clients run on this process's one event loop with a
 * lean client (http-load.ts), which costs a fraction of the CPU per request that one autocannon
 * instance per client did, CPU the servers it measures share the machine's cores with.
 */
export async function measure(
  scenario: string,
  clients: number,
  durationS: number,
  targetFor: (client: number) => ClientTarget,
  p99TargetMs: number | null,
  /** Total CPU time of the server processes so far (µs), and their audit append counts summed. */
  serverCounters: () => Promise<{ us: number; audit: AuditAppendStats }>,
): Promise<Row> {
  // Unmeasured first: pool connections opened, statements prepared and code compiled, as on a server
  // that has been up a while; the figures are the steady state. Its failures still count.
  const warmUp = await runLoad(clients, WARM_UP_S * 1000, targetFor);
  const warmUpErrors = warmUp.errors + warmUp.non2xx;
  // Requests the warm-up left in flight finish first: a client's next draft of its encounter would
  // otherwise race its previous one (412).
  await new Promise((r) => setTimeout(r, WARM_UP_S * 1000));
  const before = await serverCounters();
  const clientBefore = process.cpuUsage();
  const { times, statuses, non2xx, errors } = await runLoad(clients, durationS * 1000, targetFor);
  const clientCpu = process.cpuUsage(clientBefore);
  const after = await serverCounters();
  const cpuUs = after.us - before.us;
  const per = (key: keyof AuditAppendStats) =>
    times.length
      ? Math.round(((after.audit[key] - before.audit[key]) / times.length) * 1000) / 1000
      : Number.NaN;
  const socketErrors = errors + warmUpErrors;
  if (non2xx + socketErrors > 0) {
    const byStatus = [...statuses].map(([status, n]) => `${status}×${n}`).join(' ');
    console.log(`${scenario}: statuses ${byStatus}; socket errors and timeouts ${socketErrors}`);
  }
  times.sort((a, b) => a - b);
  const row: Row = {
    scenario,
    'req/s': Math.round(times.length / durationS),
    p50: Math.round(percentile(times, 50)),
    p99: Math.round(percentile(times, 99)),
    errors: non2xx + socketErrors,
    requests: times.length,
    'cpu ms/req': times.length ? Math.round(cpuUs / times.length / 10) / 100 : Number.NaN,
    'client ms/req': times.length
      ? Math.round((clientCpu.user + clientCpu.system) / times.length / 10) / 100
      : Number.NaN,
    'audit retries/req': per('headMoved') + per('headHeld'),
    'contended/req': per('oneStatementContended'),
    target: '',
  };
  const ok = row.errors === 0 && (p99TargetMs === null || row.p99 <= p99TargetMs);
  row.target = `${ok ? 'ok' : 'MISSED'} (${p99TargetMs === null ? '' : `p99 ≤ ${p99TargetMs} ms, `}0 errors)`;
  return row;
}
