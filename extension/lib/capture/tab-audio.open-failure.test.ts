import { describe, expect, it } from 'vitest';
import { openTabAudio, PreparedTabAudio, type TabAudioEnvironment } from './tab-audio.js';

/** A tab stream whose tracks record whether they were stopped. */
function fakeStream() {
  const track = {
    stopped: false,
    addEventListener: () => {},
    stop() {
      track.stopped = true;
    },
  };
  const stream = { getAudioTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream;
  return { stream, track };
}

describe('openTabAudio when the playback graph cannot be built', () => {
  // Capturing a tab mutes it for the clinician: a stream left open with no playback and no owner
  // would keep the patient silent until the recorder document goes away.
  it('stops the tab stream it opened and closes the context, then rejects', async () => {
    const { stream, track } = fakeStream();
    let contextClosed = false;
    const env = {
      media: { getUserMedia: async () => stream },
      createContext: () => ({
        destination: {},
        createMediaStreamSource: () => {
          throw new DOMException('no audio output', 'NotSupportedError');
        },
        close: async () => {
          contextClosed = true;
        },
      }),
    } as unknown as TabAudioEnvironment;
    await expect(openTabAudio('id', env)).rejects.toMatchObject({ name: 'NotSupportedError' });
    expect(track.stopped).toBe(true);
    expect(contextClosed).toBe(true);
  });

  it('stops the tab stream when no audio context can be created', async () => {
    const { stream, track } = fakeStream();
    const env = {
      media: { getUserMedia: async () => stream },
      createContext: () => {
        throw new DOMException('too many contexts', 'NotSupportedError');
      },
    } as unknown as TabAudioEnvironment;
    const prepared = new PreparedTabAudio((id) => openTabAudio(id, env));
    expect(await prepared.attach('id')).toMatchObject({ ok: false, problem: 'tab-failed' });
    expect(track.stopped).toBe(true);
  });
});
