import type { CodeSuggestion } from '../../shared/clinical/codes.js';
import { withDraftMemo } from '../../shared/clinical/offline/draft-memo.js';
import {
  type DraftOptions,
  draftOffline,
  type OfflineDraft,
  type OfflineResources,
} from '../../shared/clinical/offline/index.js';
import type { TemplateBody } from '../../shared/clinical/template.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import type { CandidateIndex } from '../coding/candidate-index.js';
import { type SuggestOptions, suggestCodesIn } from '../coding/codes.suggest.js';
import type { CodingSetting } from '../coding/coding-setting.js';

/**
 * An offline draft and the codes suggested from it, in one synchronous step that shares the draft's
 * memo: code suggestion reads the same segment texts the drafter just split into sentences (and
 * reads each again for several kinds of mention), so each is split once. The same draft and codes
 * as drafting, then suggesting, separately.
 */
export function draftWithCodes(
  segments: TranscriptSegment[],
  template: TemplateBody,
  resources: OfflineResources | undefined,
  options: DraftOptions,
  coding: { index: CandidateIndex; setting: CodingSetting; suggestOptions?: SuggestOptions },
): { draft: OfflineDraft; codes: CodeSuggestion[] } {
  return withDraftMemo(() => {
    const draft = draftOffline(segments, template, resources, options);
    const codes = suggestCodesIn(
      coding.index,
      { mentions: draft.mentions, segments, content: draft.content, setting: coding.setting },
      coding.suggestOptions,
    );
    return { draft, codes };
  });
}
