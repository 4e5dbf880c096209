import type { Evidence } from '../evidence.js';
import type { NoteContent } from '../note.js';
import type { FactCategory } from '../template.js';
import type { Assertion } from './context.js';

/** A problem (symptom or diagnosis) mentioned in the transcript, with its ConText assertion. */
export interface ProblemMention {
  /** The words as spoken. */
  text: string;
  /** Canonical term for code search ("high blood pressure" → "hypertension"). */
  normalized: string;
  assertion: Assertion;
  /** The category of the sentence it was found in ('assessment' for the clinician's impression). */
  category: FactCategory;
  evidence: Evidence[];
}

/** One documented statement before it is placed in a template section. */
export interface Fact {
  category: FactCategory;
  text: string;
  evidence: Evidence[];
  assertion?: Assertion;
  /** Set when the sentence could not be rewritten cleanly and must be reviewed before signing. */
  review?: string;
  /** The assessed problem an assessment/plan sentence is about (its block in the A/P). */
  problem?: AssessedProblem;
}

/** A problem the clinician assessed, named as a clinician writes it, with the words that named it. */
export interface AssessedProblem {
  name: string;
  evidence: Evidence[];
  /** What makes two namings one problem ("muscle strain", "lumbar strain": strain); else the name. */
  key?: string;
}

export interface OfflineDraft {
  content: NoteContent;
  mentions: ProblemMention[];
  /** Sentences with something to document that were dropped as conversation with nothing clinical. */
  dropped?: number;
}
