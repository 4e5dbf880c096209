import type { TemplateBody } from '../template.js';
import type { TranscriptSegment } from '../transcript.js';
import { assembleNote } from './assemble.js';
import { withDraftMemo } from './draft-memo.js';
import { extractFacts } from './facts.js';
import { builtinResources, type OfflineResources } from './resources.js';
import type { OfflineDraft } from './types.js';
import type { RecordedSex } from './units.js';

export type { Assertion } from './context.js';
export { extractFacts } from './facts.js';
export {
  builtinResources,
  createResources,
  type OfflineResources,
  type ResourceSources,
} from './resources.js';
export type { Fact, OfflineDraft, ProblemMention } from './types.js';
export type { RecordedSex } from './units.js';

export interface DraftOptions {
  /** The patient's sex as recorded on the encounter; the note says "the patient" without it. */
  sex?: RecordedSex;
}

/**
 * Draft a note from a transcript without any network or model: deterministic, every sentence
 * linked to the transcript words that support it. `resources` defaults to the built-in rule sets;
 * Node callers may pass loadOfflineResources() (./node-resources.js) for the full medspaCy/NegEx
 * rules and drug list. The pronoun comes from `options.sex` (the encounter's record), never from
 * what was said.
 */
export function draftOffline(
  segments: TranscriptSegment[],
  template: TemplateBody,
  resources: OfflineResources = builtinResources(),
  options: DraftOptions = {},
): OfflineDraft {
  return withDraftMemo(() => {
    const { facts, mentions, dropped } = extractFacts(segments, resources, options.sex);
    const warnings = segments.length === 0 ? ['Transcript is empty; nothing to draft.'] : [];
    return { content: assembleNote(facts, template, warnings), mentions, dropped };
  });
}
