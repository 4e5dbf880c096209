import type { RecordedSex } from '../../shared/clinical/offline/index.js';
import { segmentRoles } from '../../shared/clinical/speaker-role/segment-roles.js';
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
              required: ['text', 'heading', 'evidence', 'assertion'],
              properties: {
                text: { type: 'string' },
                heading: {
                  type: 'boolean',
                  description:
                    "true only for a problem heading in an assessment/plan section: the problem's name alone; the sentences after it, up to the next heading, are about that problem",
                },
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
Speakers:
- A segment marked "unknown" was recorded without a speaker label (one microphone). First decide from the wording who said each sentence (clinician, patient or someone else); the hint "likely clinician"/"likely patient" comes from a statistical model and can be wrong. A segment may hold both speakers.
- Never attribute the clinician's words to the patient: "I'll prescribe doxycycline" said by the clinician is the plan "Doxycycline prescribed", never "The patient will prescribe". Segments with a known speaker keep it; a speaker "as corrected by the clinician" is certain.
Documentation prose (every sentence must read as a signed note, not as conversation):
- No second person (you, your), no fillers (um, uh, okay, all right, you know, kinda, gonna, mm-hmm, yeah), no cut-off words ("t-", "n-"), no questions, no talk to a recording device, no narration of the examination ("let's", "here's", "going to listen", "what I find").
- Patient statements become third-person reported findings ("Reports left knee pain for 3 weeks.", "Denies chest pain."); a yes/no answer becomes the finding it answers ("Denies recent falls."); exam narration becomes findings ("Lungs clear to auscultation bilaterally."); plan talk becomes orders ("Continue lisinopril 20 mg daily.", "Follow-up in 2 weeks.").
- Numbers as digits, with units only when they were said.
- Refer to the patient as "the patient" (or by a placeholder name), or with the pronoun of the sex recorded on the encounter (given with the transcript) when one is recorded; never infer sex or gender from the conversation (words such as "my husband" or "my period" do not tell it).
Sections:
- Examination findings never go in a history/subjective section. Write the assessment and plan per problem: a heading sentence that names the problem as the clinician named it ("Community-acquired pneumonia", heading: true), then that problem's reasoning, treatment and follow-up (heading: false), then the next problem; orders and follow-up that concern the whole visit come last under the heading "Disposition". Every other sentence has heading: false. When a diagnosis or plan was stated, the assessment/plan sections are never empty.
Answer with JSON only, matching the schema.`;

/** A line's speaker as the model reads it: a clinician's correction wins over the recording and the guess. */
function speakerOf(s: TranscriptSegment, likely: string | undefined): string {
  if (s.correctedRole) return `${s.correctedRole}, as corrected by the clinician`;
  return likely ? `${s.speaker}, likely ${likely}` : s.speaker;
}

/** The pronoun instruction from the sex recorded on the encounter, never from the conversation. */
function pronounLine(sex: RecordedSex | undefined): string {
  if (sex === 'female')
    return 'Patient sex as recorded on the encounter: female. Use she/her or "the patient".';
  if (sex === 'male') return 'Patient sex as recorded on the encounter: male. Use he/him or "the patient".';
  return 'Patient sex: not recorded on the encounter. Write "the patient" (no he/she), whatever the conversation suggests.';
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/**
 * System + user messages: the template (sections, guidance, style), the patient's recorded sex (the
 * note's pronoun) and the numbered transcript with each line's speaker.
 */
export function buildMessages(
  template: TemplateBody,
  segments: readonly TranscriptSegment[],
  options: { sex?: RecordedSex } = {},
): ChatMessage[] {
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
  const hints = segmentRoles(segments);
  const transcript = segments
    .map((s) => `[${s.seq}] (${speakerOf(s, hints.get(s.seq)?.role)}) ${s.text}`)
    .join('\n');
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    {
      role: 'user',
      content: `Template "${template.name}" (${template.specialty}). ${style}\nSections:\n${sections}\n\n${pronounLine(options.sex)}\n\nTranscript (segment number, speaker, words):\n${transcript}`,
    },
  ];
}
