import { describe, expect, it } from 'vitest';
import { Recorder } from './recorder.js';

describe('Recorder.open when the audio graph cannot be built', () => {
  it('stops the microphone and closes the context before reporting the error', async () => {
    const stopped: string[] = [];
    let closed = 0;
    const stream = {
      getTracks: () => [{ stop: () => stopped.push('mic') }],
    } as unknown as MediaStream;
    const context = {
      audioWorklet: {
        addModule: async () => {
          throw new DOMException('worklet failed to load', 'AbortError');
        },
      },
      close: async () => {
        closed++;
      },
    } as unknown as AudioContext;
    await expect(
      Recorder.open({ onPcm: () => {} }, undefined, {
        openMicrophone: async () => stream,
        createContext: () => context,
      }),
    ).rejects.toThrow('worklet failed to load');
    expect(stopped).toEqual(['mic']);
    expect(closed).toBe(1);
  });
});
