import { describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../shared/api/encounters.responses.js';
import { AppError } from '../../../shared/errors.js';
import { correctionsOf, saveLiveCorrection } from './live-speaker-corrections.js';

const line = (seq: number, roleVersion: number, correctedRole?: 'patient'): TranscriptLine => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'unknown',
  text: `line ${seq}`,
  inferredRole: 'clinician',
  roleConfidence: 0.9,
  roleVersion,
  roleCorrectedAt: null,
  ...(correctedRole ? { correctedRole } : {}),
});

/** The two calls the recording view makes, recorded. */
function fakeApi(server: TranscriptLine[]) {
  const calls: string[] = [];
  return {
    calls,
    api: {
      listSegments: async (id: string) => {
        calls.push(`list ${id}`);
        return server;
      },
      correctSpeaker: async (
        id: string,
        seq: number,
        role: 'clinician' | 'patient' | 'other' | null,
        v: number,
      ) => {
        calls.push(`put ${id} ${seq} ${role} if-match ${v}`);
        return server.map((l) =>
          l.seq === seq && role ? { ...l, correctedRole: role, roleVersion: v + 1 } : l,
        );
      },
    },
  };
}

describe('saveLiveCorrection', () => {
  it('reads the server transcript for a line it does not know, then corrects it with its roleVersion', async () => {
    const { api, calls } = fakeApi([line(0, 0), line(1, 3)]);
    const after = await saveLiveCorrection(api, 'enc', null, 1, 'patient');
    expect(calls).toEqual(['list enc', 'put enc 1 patient if-match 3']);
    expect(correctionsOf(after)).toEqual(new Map([[1, 'patient']]));
  });

  it('uses the lines it knows without reading them again', async () => {
    const { api, calls } = fakeApi([line(0, 0), line(1, 4)]);
    await saveLiveCorrection(api, 'enc', [line(0, 2)], 0, 'other');
    expect(calls).toEqual(['put enc 0 other if-match 2']);
  });

  it('refuses a line that has not reached the server, without writing anything', async () => {
    const { api, calls } = fakeApi([line(0, 0)]);
    const error = await saveLiveCorrection(api, 'enc', null, 5, 'patient').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('not_found');
    expect(calls).toEqual(['list enc']);
  });
});
