import { AppError } from '../../errors.js';
import type { Speaker, TranscriptSegment } from '../transcript.js';
import { withSyntheticTimes } from './timing.js';

const TAG_RE = /\[([a-z_]+)\]/gi;

// Phrases only the clinician says; used to catch ASR variants whose speaker tags are swapped.
const CLINICIAN_CUES = [
  'what brings you in',
  'what brought you in',
  "i'm going to examine",
  'i am going to examine',
  'going to take a look',
  'let me take a look',
  'on physical exam',
  'on exam',
  'physical examination',
  'my assessment',
  'assessment and plan',
  "i'm going to prescribe",
  'i am going to prescribe',
  "i'm going to order",
  'i want you to',
  'any questions for me',
  'hey dragon',
  'follow up with me',
  'nice to meet you',
  'your blood pressure',
  'your x-ray',
  'your labs',
];

export interface AciImport {
  segments: TranscriptSegment[];
  /** True when the [doctor]/[patient] tags were detected as swapped and corrected. */
  swapped: boolean;
}

function mapTag(tag: string): Speaker {
  const t = tag.toLowerCase();
  if (t === 'doctor' || t === 'clinician' || t === 'provider') return 'clinician';
  if (t === 'patient') return 'patient';
  return 'other';
}

function cueCount(text: string): number {
  const lower = text.toLowerCase().replace(/\s+([,.?!])/g, '$1');
  return CLINICIAN_CUES.reduce((n, cue) => n + (lower.includes(cue) ? 1 : 0), 0);
}

/**
 * Parse ACI-Bench style text: "[doctor] … [patient] …", tags at line starts or inline. Tags other
 * than doctor/patient (e.g. patient_guest) become 'other'. When the clinician's cue phrases occur
 * mostly in [patient] turns the tags are swapped back and `swapped` says so.
 */
export function parseAciDialogue(text: string): AciImport {
  const turns: Array<{ speaker: Speaker; text: string }> = [];
  const matches = [...text.matchAll(TAG_RE)];
  if (matches.length === 0)
    throw new AppError('invalid_transcript', 'No [doctor]/[patient] speaker tags found');
  matches.forEach((m, i) => {
    const from = m.index + m[0].length;
    const to = matches[i + 1]?.index ?? text.length;
    const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
    if (body) turns.push({ speaker: mapTag(m[1] ?? ''), text: body });
  });
  let asClinician = 0;
  let asPatient = 0;
  for (const t of turns) {
    if (t.speaker === 'clinician') asClinician += cueCount(t.text);
    if (t.speaker === 'patient') asPatient += cueCount(t.text);
  }
  const swapped = asPatient >= 2 && asPatient > asClinician * 2;
  const fixed = swapped
    ? turns.map((t) => ({
        ...t,
        speaker:
          t.speaker === 'clinician'
            ? ('patient' as const)
            : t.speaker === 'patient'
              ? ('clinician' as const)
              : t.speaker,
      }))
    : turns;
  return { segments: withSyntheticTimes(fixed), swapped };
}
