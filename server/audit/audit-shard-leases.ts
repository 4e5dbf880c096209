import { randomInt } from 'node:crypto';

/**
 * Which audit shard an append of this process takes. An append leases a shard no other append of
 * this process holds (the first free one in this process's order) and gives it back when its
 * statement, or its transaction, ends: appends of one process never race for one head, so the hint
 * the process keeps of a head it alone moves is right and an append is one statement.
 *
 * Each process has its own order, a random permutation, and its appends use its first free shards,
 * so two processes rarely start on the same ones. Where they do, a process that finds a head moved
 * past its hint (another process appended there) or held by another process's transaction moves
 * that shard to the end of its order, on a coin toss: had both always yielded, both would lose the
 * shard, their tails fill with the same shards in the same order and, busy enough, they meet there
 * again. With the toss one of them keeps it. Simulated (audit-shard-leases.test.ts), two processes
 * with up to 22 appends in flight each on 64 shards settle on shards of their own.
 */
export class ShardLeases {
  private readonly holders: Uint16Array;
  private readonly order: number[];

  constructor(
    readonly shards: number,
    private readonly random: (below: number) => number = randomInt,
  ) {
    this.holders = new Uint16Array(shards);
    this.order = Array.from({ length: shards }, (_, i) => i);
    for (let i = shards - 1; i > 0; i--) {
      const j = this.random(i + 1);
      [this.order[i], this.order[j]] = [this.order[j]!, this.order[i]!];
    }
  }

  /** The first shard in this process's order that none of its appends holds; with every one held, the least held. */
  lease(): number {
    let least = this.order[0]!;
    for (const shard of this.order) {
      if (this.holders[shard] === 0) {
        least = shard;
        break;
      }
      if (this.holders[shard]! < this.holders[least]!) least = shard;
    }
    this.holders[least]!++;
    return least;
  }

  release(shard: number): void {
    if (this.holders[shard]! > 0) this.holders[shard]!--;
  }

  /** Another process appends to `shard`: on a coin toss this one takes it last from now on (true). */
  avoid(shard: number): boolean {
    if (this.random(2) === 0) return false;
    const at = this.order.indexOf(shard);
    if (at >= 0) {
      this.order.splice(at, 1);
      this.order.push(shard);
    }
    return true;
  }
}
