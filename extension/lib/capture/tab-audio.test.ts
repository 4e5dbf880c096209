import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTabAudio, PreparedTabAudio, type TabAudio, type TabAudioEnvironment } from './tab-audio.js';

/** A stand-in for the tab's MediaStream: one audio track that can end. */
function fakeStream() {
  const listeners: Array<() => void> = [];
  const track = {
    stopped: false,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'ended') listeners.push(listener);
    },
    stop() {
      track.stopped = true;
    },
    end: () => {
      for (const l of listeners) l();
    },
  };
  const stream = { getAudioTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream;
  return { stream, track };
}

/** Records the audio graph openTabAudio builds. */
function fakeEnvironment(stream: MediaStream) {
  const connections: Array<[string, unknown]> = [];
  const destination = { kind: 'destination' };
  const context = {
    destination,
    closed: false,
    createMediaStreamSource: vi.fn((s: MediaStream) => ({
      connect: (to: unknown) => connections.push([s === stream ? 'tab-stream' : 'other', to]),
    })),
    close: async () => {
      context.closed = true;
    },
  };
  const getUserMedia = vi.fn(async () => stream);
  const env = {
    media: { getUserMedia },
    createContext: () => context,
  } as unknown as TabAudioEnvironment;
  return { env, context, destination, connections, getUserMedia };
}

describe('openTabAudio (offscreen document)', () => {
  it('opens the tab stream with Chrome tab constraints and plays it back so the call stays audible', async () => {
    const { stream } = fakeStream();
    const f = fakeEnvironment(stream);
    const tab = await openTabAudio('stream-7', f.env);
    expect(f.getUserMedia).toHaveBeenCalledWith({
      audio: { mandatory: { chromeMediaSource: 'tab', chromeMediaSourceId: 'stream-7' } },
      video: false,
    });
    expect(tab.stream).toBe(stream);
    // The tab stream is wired to the output: capturing a tab mutes it otherwise.
    expect(f.connections).toEqual([['tab-stream', f.destination]]);
  });

  it('reports the tab ending once, and close() stops the capture and the playback', async () => {
    const { stream, track } = fakeStream();
    const f = fakeEnvironment(stream);
    const tab = await openTabAudio('s', f.env);
    const ended = vi.fn();
    tab.onEnded(ended);
    track.end();
    track.end();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(tab.ended).toBe(true);
    const late = vi.fn();
    tab.onEnded(late);
    expect(late).toHaveBeenCalledTimes(1);
    tab.close();
    expect(track.stopped).toBe(true);
    expect(f.context.closed).toBe(true);
  });
});

describe('PreparedTabAudio', () => {
  afterEach(() => vi.useRealTimers());
  const fakeTab = (ended = false) => {
    const tab = { stream: {} as MediaStream, ended, onEnded: () => {}, close: vi.fn() };
    return tab satisfies TabAudio;
  };

  it('holds the opened tab until a recording takes it, once', async () => {
    const tab = fakeTab();
    const prepared = new PreparedTabAudio(async () => tab);
    expect(await prepared.attach('id')).toEqual({ ok: true });
    expect(prepared.take()).toBe(tab);
    expect(prepared.take()).toBeUndefined();
    expect(tab.close).not.toHaveBeenCalled();
  });

  it('turns a stream that cannot be opened into a clear answer', async () => {
    const prepared = new PreparedTabAudio(async () => {
      throw Object.assign(new Error('x'), { name: 'NotFoundError' });
    });
    const answer = await prepared.attach('id');
    expect(answer).toMatchObject({ ok: false, problem: 'tab-failed' });
    expect(answer.ok === false && answer.message).toMatch(/could not be opened.*\(NotFoundError\)/);
    expect(prepared.take()).toBeUndefined();
  });

  it('gives back a tab no recording claimed, or one that ended meanwhile', async () => {
    vi.useFakeTimers();
    const unclaimed = fakeTab();
    const prepared = new PreparedTabAudio(async () => unclaimed, 60_000);
    await prepared.attach('id');
    vi.advanceTimersByTime(60_000);
    expect(unclaimed.close).toHaveBeenCalledTimes(1);
    expect(prepared.take()).toBeUndefined();

    const gone = fakeTab(true);
    const again = new PreparedTabAudio(async () => gone);
    await again.attach('id');
    expect(again.take()).toBeUndefined();
    expect(gone.close).toHaveBeenCalledTimes(1);
  });

  it('releases the previous tab when another is prepared, and on request', async () => {
    const first = fakeTab();
    const second = fakeTab();
    const tabs = [first, second];
    const prepared = new PreparedTabAudio(async () => tabs.shift()!);
    await prepared.attach('a');
    await prepared.attach('b');
    expect(first.close).toHaveBeenCalledTimes(1);
    prepared.release();
    expect(second.close).toHaveBeenCalledTimes(1);
    expect(prepared.take()).toBeUndefined();
  });
});
