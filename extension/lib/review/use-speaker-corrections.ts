import { useState } from 'react';
import type { TranscriptLine } from '../../../shared/api/encounters.responses.js';
import { AppError } from '../../../shared/errors.js';
import { describeError } from '../api/api-error.js';
import type { ScribeApi } from '../api/scribe-api.js';

type Role = 'clinician' | 'patient' | 'other';

/** What a 412 on a speaker correction means to the clinician (the transcript is then reloaded). */
export const CHANGED_ELSEWHERE =
  'This line’s speaker was changed elsewhere; the transcript was reloaded. Check it and try again.';

/**
 * Saves one correction and says what to show after it: the server's transcript (`lines`, absent when
 * unchanged) and the message for the clinician (null when saved). A 412 reloads the transcript.
 */
export async function settleCorrection(
  save: () => Promise<TranscriptLine[]>,
  reload: () => Promise<TranscriptLine[]>,
): Promise<{ lines?: TranscriptLine[]; error: string | null }> {
  try {
    return { lines: await save(), error: null };
  } catch (e) {
    if (e instanceof AppError && e.code === 'precondition_failed') {
      const lines = await reload().catch(() => undefined);
      return { ...(lines ? { lines } : {}), error: CHANGED_ELSEWHERE };
    }
    return { error: describeError(e) };
  }
}

/**
 * Speaker corrections on the review screen: each is saved at once (If-Match: the line's roleVersion)
 * and the transcript comes back with its guesses recomputed. `correctedSeqs` are the lines changed
 * since the version on screen was drafted: what the re-draft offer counts.
 */
export function useSpeakerCorrections(
  api: ScribeApi,
  encounterId: string | undefined,
  lines: { segments: TranscriptLine[]; set(segments: TranscriptLine[]): void },
  onError: (message: string | null) => void,
) {
  const [correctedSeqs, setCorrectedSeqs] = useState<ReadonlySet<number>>(new Set());
  const correct = async (seq: number, role: Role | null): Promise<boolean> => {
    const line = lines.segments.find((s) => s.seq === seq);
    if (!encounterId || !line) return false;
    const done = await settleCorrection(
      () => api.correctSpeaker(encounterId, seq, role, line.roleVersion),
      () => api.listSegments(encounterId),
    );
    if (done.lines) lines.set(done.lines);
    if (!done.error) setCorrectedSeqs((c) => new Set(c).add(seq));
    onError(done.error);
    return done.error === null;
  };
  return { correctedSeqs, correct, clear: () => setCorrectedSeqs(new Set()) };
}

/**
 * Lines whose speaker changed after the version on screen was written: corrected in this session
 * (withdrawals included), or stored with a correction newer than the version (`versionAt`, the
 * note's updatedAt), so leaving and reopening the note still offers the re-draft.
 */
export function correctionsSince(
  lines: readonly Pick<TranscriptLine, 'seq' | 'correctedRole' | 'roleCorrectedAt'>[],
  versionAt: string,
  thisSession: ReadonlySet<number>,
): ReadonlySet<number> {
  const since = new Set(thisSession);
  for (const l of lines)
    if (l.correctedRole && l.roleCorrectedAt && Date.parse(l.roleCorrectedAt) > Date.parse(versionAt))
      since.add(l.seq);
  return since;
}
