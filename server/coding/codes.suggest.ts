import type { CodeSuggestion } from '../../shared/clinical/codes.js';
import type { Evidence } from '../../shared/clinical/evidence.js';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { ProblemMention } from '../../shared/clinical/offline/index.js';
import type { FactCategory } from '../../shared/clinical/template.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import type { Db } from '../db/client.js';

export type { ProblemMention };

import { type CodeCandidate, rankCandidates, retrieveCandidates } from './code-candidates.js';

export interface SuggestInput {
  mentions: ProblemMention[];
  segments: TranscriptSegment[];
  content: NoteContent;
}

export interface SuggestOptions {
  /** Most suggestions returned (default 10). */
  limit?: number;
  /** Most codes kept per mention (default 2). */
  perMention?: number;
  /** Lowest score kept (default 0.6). */
  minScore?: number;
  /** Retrieval results by phrase, shared across calls (batch evaluation); per call by default. */
  cache?: Map<string, CodeCandidate[]>;
}

// A family-history sentence describes relatives and an allergy is not a diagnosis of this encounter;
// any other sentence (even one classed as vitals or plan: "your high blood pressure is controlled")
// can name the patient's own problem, and the assertion decides whether it is present.
const NON_CODABLE_CATEGORIES = new Set<FactCategory>(['family', 'allergy']);

const ASSESSMENT_SECTION = /assessment|impression|diagnos|problem/i;

/** Seqs of transcript segments cited by sentences of the note's assessment sections. */
function assessmentSeqs(content: NoteContent): Set<number> {
  const seqs = new Set<number>();
  for (const section of content.sections) {
    if (!ASSESSMENT_SECTION.test(`${section.id} ${section.title}`)) continue;
    for (const sentence of section.sentences) {
      if (sentence.assertion && sentence.assertion !== 'present') continue;
      for (const e of sentence.evidence) seqs.add(e.seq);
    }
  }
  return seqs;
}

/** Keeps only evidence ranges that exist in the transcript. */
function validEvidence(evidence: readonly Evidence[], segments: readonly TranscriptSegment[]): Evidence[] {
  const bySeq = new Map(segments.map((s) => [s.seq, s]));
  return evidence.filter((e) => {
    const segment = bySeq.get(e.seq);
    return segment !== undefined && e.start < e.end && e.end <= segment.text.length;
  });
}

/**
 * Suggests billable ICD-10-CM codes for the problems the patient has (assertion 'present' only):
 * retrieval by full text over titles and index synonyms, then ranking by term overlap, specificity and
 * assessment-section support. Each suggestion carries the mention's evidence and a one-line rationale.
 */
export async function suggestCodes(
  db: Db,
  input: SuggestInput,
  options: SuggestOptions = {},
): Promise<CodeSuggestion[]> {
  const limit = options.limit ?? 10;
  const perMention = options.perMention ?? 2;
  const minScore = options.minScore ?? 0.6;
  const inAssessment = assessmentSeqs(input.content);
  const retrieved = options.cache ?? new Map<string, CodeCandidate[]>();
  const byCode = new Map<string, CodeSuggestion>();

  for (const mention of input.mentions) {
    if (mention.assertion !== 'present' || NON_CODABLE_CATEGORIES.has(mention.category)) continue;
    const phrase = (mention.normalized || mention.text).trim();
    if (phrase.length === 0) continue;
    const key = phrase.toLowerCase();
    let candidates = retrieved.get(key);
    if (!candidates) {
      candidates = await retrieveCandidates(db, phrase);
      retrieved.set(key, candidates);
    }
    const evidence = validEvidence(mention.evidence, input.segments);
    const assessed = mention.category === 'assessment' || evidence.some((e) => inAssessment.has(e.seq));
    const ranked = rankCandidates(phrase, candidates).filter((c) => c.coverage >= 0.5);
    for (const candidate of ranked.slice(0, perMention)) {
      // Scaled, not clipped, so assessment support never flattens the ranking into ties at 1.
      const score = 0.9 * candidate.score + (assessed ? 0.1 : 0);
      if (score < minScore) continue;
      const existing = byCode.get(candidate.code);
      if (existing) {
        // Said again elsewhere: a little more confidence (bounded, so repetition cannot beat a better match).
        existing.score = Math.round(Math.min(Math.max(existing.score, score) + 0.02, 1.2) * 1000) / 1000;
        existing.evidence = mergeEvidence(existing.evidence, evidence);
        continue;
      }
      byCode.set(candidate.code, {
        system: 'ICD-10-CM',
        code: candidate.code,
        display: candidate.longTitle,
        rationale: rationale(phrase, candidate.longTitle, assessed),
        score: Math.round(score * 1000) / 1000,
        evidence: evidence.slice(0, 50),
      });
    }
  }
  return [...byCode.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

function mergeEvidence(a: Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Set(a.map((e) => `${e.seq}:${e.start}:${e.end}`));
  return [...a, ...b.filter((e) => !seen.has(`${e.seq}:${e.start}:${e.end}`))].slice(0, 50);
}

function rationale(phrase: string, title: string, assessed: boolean): string {
  const where = assessed ? 'in the assessment' : 'in the transcript';
  return `"${phrase.slice(0, 120)}" ${where} matches "${title.slice(0, 200)}"`.slice(0, 500);
}
