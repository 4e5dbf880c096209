import type { TemplateBody } from '../template.js';
import type { TranscriptSegment } from '../transcript.js';
import { assembleNote } from './assemble.js';
import { extractFacts } from './facts.js';
import { builtinResources, type OfflineResources } from './resources.js';
import type { OfflineDraft } from './types.js';

export type { Assertion } from './context.js';
export { extractFacts } from './facts.js';
export {
  builtinResources,
  createResources,
  type OfflineResources,
  type ResourceSources,
} from './resources.js';
export type { Fact, OfflineDraft, ProblemMention } from './types.js';

/**
 * Draft a note from a transcript without any network or model: deterministic, every sentence
 * linked to the transcript words that support it. `resources` defaults to the built-in rule sets;
 * Node callers may pass loadOfflineResources() (./node-resources.js) for the full medspaCy/NegEx
 * rules and drug list.
 */
export function draftOffline(
  segments: TranscriptSegment[],
  template: TemplateBody,
  resources: OfflineResources = builtinResources(),
): OfflineDraft {
  const { facts, mentions } = extractFacts(segments, resources);
  const warnings = segments.length === 0 ? ['Transcript is empty; nothing to draft.'] : [];
  return { content: assembleNote(facts, template, warnings), mentions };
}
