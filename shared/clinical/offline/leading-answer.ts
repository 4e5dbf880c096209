import { asksByWording, type SentenceUnit } from './units.js';

/**
 * One speaker's answer run into the other's next question, as one microphone and speech recognition
 * write it ("no any chest pain when you climb stairs", "yes and do you take it every day"): the
 * answer belongs to the question before, the rest is a new question. Apart, the answer is paired
 * with the question it answers and the question is read as one, instead of a garbled statement
 * ("No any chest pain ...").
 */
const ANSWER_THEN_QUESTION =
  /^(no|nope|yes|yeah|yep|yup)[,.]?\s+(?=(?:(?:and|so|okay|now)\s+)*(?:any|do|does|did|are|is|have|has|can|could|how|what|when|where|which|who|why)\s+\S+\s+\S+)/i;

/** The unit, or its leading answer and the question after it as two units (exact offsets kept). */
export function withLeadingAnswerApart(unit: SentenceUnit): SentenceUnit[] {
  const m = ANSWER_THEN_QUESTION.exec(unit.text);
  if (!m?.[1]) return [unit];
  const question = unit.text.slice(m[0].length);
  if (!asksByWording(question)) return [unit];
  const answerEnd = unit.start + m[1].length;
  const questionStart = unit.start + m[0].length;
  // Where the speaker was inferred, not recorded, the turn changed inside the unit: the answer is
  // the patient's, the question the clinician's. A recorded speaker said both.
  const inferred = unit.roleConfidence !== undefined;
  return [
    { ...unit, end: answerEnd, text: m[1], isQuestion: false, ...(inferred ? { speaker: 'patient' } : {}) },
    {
      ...unit,
      start: questionStart,
      text: question,
      isQuestion: true,
      ...(inferred ? { speaker: 'clinician' } : {}),
    },
  ];
}
