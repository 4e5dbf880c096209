import { useCallback, useEffect, useState } from 'react';
import type { TranscriptLine } from '../../../shared/api/encounters.responses.js';
import { AppError } from '../../../shared/errors.js';
import type { ScribeApi } from '../api/scribe-api.js';
import { settleCorrection } from '../review/use-speaker-corrections.js';

type Role = 'clinician' | 'patient' | 'other';
type LinesApi = Pick<ScribeApi, 'listSegments' | 'correctSpeaker'>;

/**
 * Saves who said a line of the transcript being recorded, through the same API as the review
 * (If-Match: the line's roleVersion). The recording view holds the device's copy of the lines, which
 * has no roleVersion: the server's transcript is read first when the line is not in `known` (the
 * first correction, or a line that arrived since). Answers the server's transcript after the change.
 */
export async function saveLiveCorrection(
  api: LinesApi,
  encounterId: string,
  known: readonly TranscriptLine[] | null,
  seq: number,
  role: Role | null,
): Promise<TranscriptLine[]> {
  const lines = known?.some((l) => l.seq === seq) ? known : await api.listSegments(encounterId);
  const line = lines.find((l) => l.seq === seq);
  if (!line)
    throw new AppError('not_found', 'This line has not reached the server yet; try again in a moment');
  return api.correctSpeaker(encounterId, seq, role, line.roleVersion);
}

/** The clinician's corrections by line, from the server's transcript. */
export function correctionsOf(lines: readonly TranscriptLine[] | null): ReadonlyMap<number, Role> {
  const corrections = new Map<number, Role>();
  for (const l of lines ?? []) if (l.correctedRole) corrections.set(l.seq, l.correctedRole);
  return corrections;
}

/**
 * Speaker corrections on the recording view. The server's transcript is read once per encounter (so
 * corrections made earlier show), then kept from each correction's answer. `correctedSeqs`: lines
 * changed here, which a note drafted before them does not reflect (the re-draft offer counts them).
 */
export function useLiveSpeakerCorrections(api: LinesApi, encounterId: string | null) {
  const [lines, setLines] = useState<TranscriptLine[] | null>(null);
  const [correctedSeqs, setCorrectedSeqs] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setLines(null);
    setCorrectedSeqs(new Set());
    setError(null);
    if (!encounterId) return;
    let live = true;
    // Offline or not yet on the server: nothing to show yet, and a correction reads it again.
    api.listSegments(encounterId).then(
      (l) => live && setLines(l),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api, encounterId]);

  const correct = useCallback(
    async (seq: number, role: Role | null): Promise<boolean> => {
      if (!encounterId) return false;
      const done = await settleCorrection(
        () => saveLiveCorrection(api, encounterId, lines, seq, role),
        () => api.listSegments(encounterId),
      );
      if (done.lines) setLines(done.lines);
      if (!done.error) setCorrectedSeqs((c) => new Set(c).add(seq));
      setError(done.error);
      return done.error === null;
    },
    [api, encounterId, lines],
  );
  return { corrections: correctionsOf(lines), correctedSeqs, correct, error };
}
