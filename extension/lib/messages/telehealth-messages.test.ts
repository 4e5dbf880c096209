import { describe, expect, it } from 'vitest';
import { captureStateSchema, idleCaptureState } from './capture-state.js';
import { backgroundRequestSchema, offscreenRequestSchema } from './messages.js';

describe('telehealth messages', () => {
  it('lets pages ask for a tab by id, and only the background hand the recorder a stream id', () => {
    expect(backgroundRequestSchema.safeParse({ type: 'capture.tab-open', tabId: 12 }).success).toBe(true);
    expect(backgroundRequestSchema.safeParse({ type: 'capture.tab-open', tabId: -1 }).success).toBe(false);
    expect(backgroundRequestSchema.safeParse({ type: 'capture.tab-open', tabId: 'x' }).success).toBe(false);
    expect(backgroundRequestSchema.safeParse({ type: 'capture.tab-release' }).success).toBe(true);
    const attach = { type: 'capture.tab-attach', streamId: 'abc' };
    expect(backgroundRequestSchema.safeParse(attach).success).toBe(false);
    expect(offscreenRequestSchema.safeParse({ target: 'offscreen', request: attach }).success).toBe(true);
    expect(
      offscreenRequestSchema.safeParse({ target: 'offscreen', request: { ...attach, streamId: '' } }).success,
    ).toBe(false);
  });

  it('reads recorder states from before telehealth mode as microphone-only', () => {
    const { tabAudio: _t, tabLevel: _l, ...older } = idleCaptureState;
    expect(captureStateSchema.parse(older)).toMatchObject({ tabAudio: 'off', tabLevel: 0 });
    expect(captureStateSchema.safeParse({ ...idleCaptureState, tabAudio: 'muted' }).success).toBe(false);
  });
});
