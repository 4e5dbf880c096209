import { getBuiltinTemplate } from '../../templates/index.js';
import { withSyntheticTimes } from '../../transcript/timing.js';
import type { TranscriptSegment } from '../../transcript.js';
import { draftOffline } from '../index.js';
import { loadOfflineResources } from '../node-resources.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');

/** A SOAP draft of lines as one microphone delivers them (every speaker `unknown`), by section. */
export function draftUnlabelled(lines: readonly string[]) {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    lines.map((text) => ({ speaker: 'unknown' as const, text })),
  );
  const content = draftOffline(segments, soap, resources).content;
  const sentences = (id: string) => content.sections.find((s) => s.id === id)?.sentences ?? [];
  const text = (id: string) =>
    sentences(id)
      .map((s) => s.text)
      .join(' ');
  const all = () => content.sections.flatMap((s) => s.sentences);
  return { content, sentences, text, all };
}
