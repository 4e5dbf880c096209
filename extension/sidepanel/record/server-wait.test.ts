import { describe, expect, it } from 'vitest';
import { NO_ANSWER_MS, serverWait, UNREACHABLE_GRACE_MS } from './server-wait.js';

const onServer = { sync: 'synced' as const };
const uploading = { sync: 'pending' as const };
const failed = { sync: 'pending' as const, lastErrorCode: 'network_unavailable' };

describe('after Stop: draft on the server, wait for it, or draft on this computer', () => {
  it('drafts on the server once the consultation and every line are there', () => {
    expect(serverWait({ encounter: onServer, segments: [onServer, onServer] }, 0)).toBe('synced');
    // A line the server refused for good is not waited for.
    expect(serverWait({ encounter: onServer, segments: [onServer, { sync: 'rejected' }] }, 0)).toBe('synced');
  });

  it('waits for a slow server that is still taking the last lines (a busy computer, a long visit)', () => {
    const items = { encounter: onServer, segments: [onServer, uploading, uploading] };
    // The old rule gave up at 8 s and showed "kept on this computer" while the server was there.
    expect(serverWait(items, UNREACHABLE_GRACE_MS)).toBe('wait');
    expect(serverWait(items, 60_000)).toBe('wait');
  });

  it('drafts here when an upload failed and its retry did not get through in the grace period', () => {
    const items = { encounter: onServer, segments: [onServer, failed, uploading] };
    expect(serverWait(items, 2000)).toBe('wait');
    expect(serverWait(items, UNREACHABLE_GRACE_MS)).toBe('device');
    // Started with the server down: the consultation itself is not there yet.
    expect(serverWait({ encounter: failed, segments: [uploading] }, UNREACHABLE_GRACE_MS)).toBe('device');
  });

  it('drafts here when the uploads get no answer at all', () => {
    const items = { encounter: uploading, segments: [uploading] };
    expect(serverWait(items, NO_ANSWER_MS - 1)).toBe('wait');
    expect(serverWait(items, NO_ANSWER_MS)).toBe('device');
  });
});
