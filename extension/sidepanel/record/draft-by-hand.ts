import type { ScribeApi } from '../../lib/api/scribe-api.js';

/**
 * Drafts the note the clinician asked for, then completes the encounter, but only when no segment
 * is still waiting to upload: a completed encounter refuses new segments, so completing it early
 * would lose the last lines of the consultation on the server.
 */
export async function draftByHand(
  api: Pick<ScribeApi, 'draft' | 'completeEncounter'>,
  encounterId: string,
  templateKey: string,
  pendingSegments: number,
) {
  const result = await api.draft(encounterId, templateKey);
  if (pendingSegments === 0) await api.completeEncounter(encounterId).catch(() => {});
  return result;
}
