import type { z } from 'zod';
import type { createEncounterRequestSchema } from '../../../shared/api/encounters.js';
import type { transcriptSegmentSchema } from '../../../shared/clinical/transcript.js';

/** Request bodies as the client sends them (zod input types: defaults may be omitted). */
export type CreateEncounterRequest = z.input<typeof createEncounterRequestSchema>;
export type TranscriptSegmentInput = z.input<typeof transcriptSegmentSchema>;
