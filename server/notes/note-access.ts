import { AppError, isAppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import type { Executor } from '../db/client.js';
import { loadEncounter } from '../encounters/encounter-access.js';
import { loadNote } from './notes.service.js';

/** A note is visible exactly when its encounter is; `owner` actions need the encounter's clinician. */
export async function loadNoteForUser(
  tx: Executor,
  user: AuthUser,
  noteId: string,
  access: 'read' | 'owner' = 'read',
) {
  const note = await loadNote(tx, noteId);
  const { encounter, patient } = await loadEncounter(tx, user, note.encounterId, access).catch(
    (e: unknown) => {
      // Hidden encounter → hidden note: the same 404, worded for what was asked for.
      throw isAppError(e) && e.code === 'not_found' ? new AppError('not_found', 'No such note') : e;
    },
  );
  return { note, encounter, patient };
}
