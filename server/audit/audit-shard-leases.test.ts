import { describe, expect, it } from 'vitest';
import { ShardLeases } from './audit-shard-leases.js';

/** A seeded generator, so a simulated run is the same every time. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return (below: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % below;
  };
}

describe('audit shard leases', () => {
  it('gives appends in flight at once distinct shards, and a given-back shard to the next', () => {
    const leases = new ShardLeases(16, seeded(1));
    const held = Array.from({ length: 16 }, () => leases.lease());
    expect(new Set(held).size).toBe(16);
    // Every shard held: the next shares the least held one rather than failing.
    const shared = leases.lease();
    expect(held).toContain(shared);
    leases.release(shared);
    leases.release(held[5]!);
    expect(leases.lease()).toBe(held[5]);
  });

  it('takes shards in its own order, and one another process writes last', () => {
    const leases = new ShardLeases(8, seeded(2));
    const first = leases.lease();
    leases.release(first);
    expect(leases.lease()).toBe(first);
    leases.release(first);
    // On a coin toss: a process that never yields keeps the shard the other took, one that always does
    // loses it along with the other.
    const tosses = Array.from({ length: 40 }, () => leases.avoid(first));
    expect(tosses).toContain(true);
    expect(tosses).toContain(false);
    const next = leases.lease();
    expect(next).not.toBe(first);
    // With the other seven held, the avoided shard is still there to take.
    const rest = Array.from({ length: 6 }, () => leases.lease());
    expect(leases.lease()).toBe(first);
    expect(new Set([next, ...rest, first]).size).toBe(8);
  });

  it('two processes appending at once settle on shards of their own', () => {
    // Each round, each process has `inFlight` appends at once on its first free shards; an append on
    // a shard the other process wrote last finds the head moved past its hint and avoids it.
    const shards = 64;
    const inFlight = 22;
    const processes = [new ShardLeases(shards, seeded(7)), new ShardLeases(shards, seeded(8))];
    const lastWriter = new Array<number>(shards).fill(-1);
    const written = processes.map(() => new Set<number>());
    const movedPerRound: number[] = [];
    for (let round = 0; round < 60; round++) {
      let moved = 0;
      processes.forEach((leases, p) => {
        const held = Array.from({ length: inFlight }, () => leases.lease());
        for (const shard of held) {
          if (written[p]!.has(shard) && lastWriter[shard] !== p) {
            moved++;
            leases.avoid(shard);
          }
          lastWriter[shard] = p;
          written[p]!.add(shard);
        }
        for (const shard of held) leases.release(shard);
      });
      movedPerRound.push(moved);
    }
    // Some meet at first (independent random orders overlap), then none.
    expect(movedPerRound.slice(0, 5).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(movedPerRound.slice(-20)).toEqual(new Array(20).fill(0));
  });
});
