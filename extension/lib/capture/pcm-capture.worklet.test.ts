import { beforeAll, describe, expect, it } from 'vitest';

type Posted = { pcm?: Float32Array; level?: number; tab?: number | null; flushed?: boolean };
type Processor = {
  process(inputs: Float32Array[][]): boolean;
  port: { posted: Posted[]; onmessage: (e: { data: unknown }) => void };
};
let Ctor: new () => Processor;

// The AudioWorklet global scope, as far as the processor uses it.
beforeAll(async () => {
  const g = globalThis as Record<string, unknown>;
  g.sampleRate = 16000; // no resampling: the chunk contents can be checked sample for sample
  g.AudioWorkletProcessor = class {
    port = {
      posted: [] as Posted[],
      onmessage: null as unknown,
      postMessage(message: Posted) {
        this.posted.push(message);
      },
    };
  };
  g.registerProcessor = (_name: string, ctor: new () => Processor) => {
    Ctor = ctor;
  };
  await import('./pcm-capture.worklet.js');
});

const block = (value: number) => new Float32Array(128).fill(value);
const QUANTA_PER_CHUNK = 1600 / 128; // 12.5

describe('pcm-capture worklet', () => {
  it("mixes microphone and call tab into one chunk and reports each one's level", () => {
    const p = new Ctor();
    // Microphone mono at 0.1; the tab in stereo at 0.2 and 0.4 (mono 0.3).
    for (let i = 0; i < 13; i++) p.process([[block(0.1)], [block(0.2), block(0.4)]]);
    const [chunk] = p.port.posted;
    expect(chunk!.pcm).toHaveLength(1600);
    expect(chunk!.pcm![0]).toBeCloseTo(0.4);
    expect(chunk!.pcm![1599]).toBeCloseTo(0.4);
    expect(chunk!.level).toBeCloseTo(0.1);
    expect(chunk!.tab).toBeCloseTo(0.3);
  });

  it('counts a tab input with nothing flowing (ended track) as silence, and has no tab level without one', () => {
    const withTab = new Ctor();
    for (let i = 0; i < QUANTA_PER_CHUNK + 1; i++) withTab.process([[block(0.1)], []]);
    expect(withTab.port.posted[0]).toMatchObject({ tab: 0 });
    expect(withTab.port.posted[0]!.level).toBeCloseTo(0.1);

    const micOnly = new Ctor();
    for (let i = 0; i < QUANTA_PER_CHUNK + 1; i++) micOnly.process([[block(0.1)]]);
    expect(micOnly.port.posted[0]!.tab).toBeNull();
    expect(micOnly.port.posted[0]!.pcm![10]).toBeCloseTo(0.1);
  });

  it('flushes the partial last chunk on request', () => {
    const p = new Ctor();
    p.process([[block(0.1)], [block(0.05)]]);
    p.port.onmessage({ data: 'flush' });
    expect(p.port.posted.map((m) => m.pcm?.length ?? 'flushed')).toEqual([128, 'flushed']);
    expect(p.port.posted[0]!.tab).toBeCloseTo(0.05);
    expect(p.process([[block(0.1)]])).toBe(false);
  });
});
