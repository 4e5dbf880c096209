import autocannon from 'autocannon';

export interface Row {
  scenario: string;
  'req/s': number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** CPU time the server processes spent per answered request (ms): steadier than req/s on a busy machine. */
  'cpu ms/req': number;
  target: string;
}

const WARM_UP_S = 3;

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;

/**
 * Runs one scenario as one single-connection autocannon instance per client, so each client can
 * own its encounter (one clinician, one visit at a time) and be pinned to one server process
 * (round robin), after WARM_UP_S unmeasured seconds of the same load. `p99TargetMs` null: only
 * zero errors is required (the ceiling).
 */
export async function measure(
  scenario: string,
  clients: number,
  durationS: number,
  optionsFor: (client: number) => autocannon.Options,
  p99TargetMs: number | null,
  /** Total CPU time of the server processes so far (µs). */
  serverCpuUs: () => Promise<number>,
): Promise<Row> {
  // Unmeasured first: pool connections opened, statements prepared and code compiled, as on a server
  // that has been up a while; the figures are the steady state. Its failures still count.
  const warmUp = await Promise.all(
    Array.from({ length: clients }, (_, i) =>
      autocannon({ connections: 1, duration: WARM_UP_S, ...optionsFor(i) }),
    ),
  );
  const warmUpErrors = warmUp.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  // Requests the warm-up left in flight finish first: a client's next draft of its encounter would
  // otherwise race its previous one (412).
  await new Promise((r) => setTimeout(r, WARM_UP_S * 1000));
  const cpuBefore = await serverCpuUs();
  const times: number[] = [];
  let non2xx = 0;
  const statuses = new Map<number, number>();
  const instances = Array.from({ length: clients }, (_, i) =>
    autocannon({ connections: 1, duration: durationS, ...optionsFor(i) }),
  );
  for (const instance of instances) {
    instance.on('response', (_client, status: number, _bytes: number, ms: number) => {
      times.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status < 200 || status >= 300) non2xx++;
    });
  }
  const results = await Promise.all(instances);
  const cpuUs = (await serverCpuUs()) - cpuBefore;
  const socketErrors = results.reduce((n, r) => n + r.errors + r.timeouts, 0) + warmUpErrors;
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
    target: '',
  };
  const ok = row.errors === 0 && (p99TargetMs === null || row.p99 <= p99TargetMs);
  row.target = `${ok ? 'ok' : 'MISSED'} (${p99TargetMs === null ? '' : `p99 ≤ ${p99TargetMs} ms, `}0 errors)`;
  return row;
}
