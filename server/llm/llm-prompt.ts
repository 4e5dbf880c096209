import type { TemplateBody } from '../../shared/clinical/template.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';

/** JSON schema the model must answer with (OpenAI structured outputs: strict, all keys required). */
export const noteJsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['sections', 'codes'],
  properties: {
    sections: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'sentences'],
        properties: {
          id: { type: 'string', description: 'Template section id' },
          sentences: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['text', 'evidence', 'assertion'],
              properties: {
                text: { type: 'string' },
                evidence: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['seq', 'quote'],
                    properties: {
                      seq: { type: 'integer', description: 'Transcript segment number' },
                      quote: {
                        type: ['string', 'null'],
                        description: 'Exact words copied from that segment',
                      },
                    },
                  },
                },
                assertion: {
                  type: ['string', 'null'],
                  enum: ['present', 'negated', 'possible', 'historical', 'family', 'hypothetical', null],
                },
              },
            },
          },
        },
      },
    },
    codes: {
      type: 'array',
      description: 'ICD-10-CM codes for diagnoses the clinician stated',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'seqs'],
        properties: { code: { type: 'string' }, seqs: { type: 'array', items: { type: 'integer' } } },
      },
    },
  },
} as const;

const SYSTEM_PROMPT = `You are a clinical documentation assistant. Write a draft note from a consultation transcript for a clinician to review and sign.
Rules:
- Use only facts stated in the transcript. Never invent findings, doses, results or diagnoses.
- Every sentence cites the transcript segments that support it: evidence = [{"seq": <segment number>, "quote": "<exact words from that segment>"}].
- Keep placeholders such as [NAME_1] or [DATE_2] exactly as written; never guess what they stand for.
- Put each sentence in the template section it belongs to (use the section ids given). Leave a section without sentences when nothing in the transcript belongs there.
- assertion: "present", "negated", "possible", "historical", "family" or "hypothetical" for the main finding of the sentence, or null.
- codes: ICD-10-CM codes (no invented codes) only for diagnoses the clinician stated, with the supporting segment numbers.
Answer with JSON only, matching the schema.`;

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** System + user messages: the template (sections, guidance, style) and the numbered transcript. */
export function buildMessages(template: TemplateBody, segments: readonly TranscriptSegment[]): ChatMessage[] {
  const sections = template.sections
    .map((s) => {
      const lines = [`- id "${s.id}": ${s.title}`];
      if (s.description) lines.push(`  What belongs here: ${s.description}`);
      if (s.guidance) lines.push(`  Guidance: ${s.guidance}`);
      return lines.join('\n');
    })
    .join('\n');
  const style =
    template.style === 'bullets'
      ? 'Write short bullet-style sentences, one fact each.'
      : 'Write concise prose sentences.';
  const transcript = segments.map((s) => `[${s.seq}] (${s.speaker}) ${s.text}`).join('\n');
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    {
      role: 'user',
      content: `Template "${template.name}" (${template.specialty}). ${style}\nSections:\n${sections}\n\nTranscript (segment number, speaker, words):\n${transcript}`,
    },
  ];
}
