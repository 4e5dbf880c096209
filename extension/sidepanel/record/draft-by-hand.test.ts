import { describe, expect, it } from 'vitest';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { draftByHand } from './draft-by-hand.js';

const fakeApi = () => {
  const calls: string[] = [];
  const api = {
    draft: async (id: string) => {
      calls.push(`draft ${id}`);
      return { note: { id: 'note-1' }, warnings: [] } as unknown as Awaited<ReturnType<ScribeApi['draft']>>;
    },
    completeEncounter: async (id: string) => {
      calls.push(`complete ${id}`);
      return {} as Awaited<ReturnType<ScribeApi['completeEncounter']>>;
    },
  };
  return { api, calls };
};

describe('drafting by hand', () => {
  it('completes the encounter once every segment has reached the server', async () => {
    const { api, calls } = fakeApi();
    await draftByHand(api, 'enc-1', 'soap', 0);
    expect(calls).toEqual(['draft enc-1', 'complete enc-1']);
  });

  it('leaves the encounter open while segments still wait to upload, so they are not refused', async () => {
    const { api, calls } = fakeApi();
    const result = await draftByHand(api, 'enc-1', 'soap', 2);
    expect(calls).toEqual(['draft enc-1']);
    expect(result.note.id).toBe('note-1');
  });
});
