import type { Evidence } from '../evidence.js';
import { explainingLeadLength, talkLeadLength } from '../quality/clinician-talk.js';
import { hasProseDefect, hasProseDefectOf, proseDefects } from '../quality/prose-defects.js';
import { withInferredRoles } from '../speaker-role/index.js';
import { roleUnits } from '../speaker-role/role-units.js';
import type { FactCategory } from '../template.js';
import type { TranscriptSegment } from '../transcript.js';
import { adherenceReport, detailsOnly, withAnswerContinued } from './adherence-answers.js';
import { adviceIsPlan } from './advice-is-plan.js';
import { negatesSomethingElse } from './answer-scope.js';
import { answerFact } from './answers.js';
import { asksByWordOrder } from './asks.js';
import { givesCareAdvice } from './care-advice.js';
import { namesCareItem } from './care-words.js';
import { chiefComplaint } from './chief-complaint.js';
import { classifySentence, contentWords, tellsInjuryOrLapse } from './classify.js';
import { splitClauses } from './clauses.js';
import { cleanSpeech } from './clean-speech.js';
import { asideLead, isContentFreeAside } from './clinician-asides.js';
import { isClinicianOpinion } from './clinician-opinion.js';
import { asAdvice, followUpInterval, isClinicianOrder, orderCategory } from './clinician-orders.js';
import { assertionOf, findModifiers } from './context.js';
import { namesFinding, withoutCoveredReviews } from './covered.js';
import { withoutCutOffTail } from './cut-off-tail.js';
import { doseOnly, withDose } from './dose-follows-drug.js';
import { examinersFinding, isBareExamAct, statesFinding } from './exam-act-follow.js';
import { examFinding } from './exam-narration.js';
import { examinedFor } from './examined-for.js';
import { examinerOnlyFinding } from './examiner-only-sites.js';
import { continuesFindings } from './findings-run.js';
import { firstPersonAsDocumentation } from './first-person-fallback.js';
import { withConversationRepaired, withDefectsFlagged } from './flag-defects.js';
import { inlineAnswer } from './inline-answers.js';
import { withLeadingAnswerApart } from './leading-answer.js';
import { extractMedications } from './medications.js';
import { documentablePart } from './not-documentation.js';
import { isPatientAccount } from './patient-account.js';
import { withProblemHeadings } from './problem-headings.js';
import { findProblems } from './problem-lexicon.js';
import { withAssessedProblems } from './problem-plan.js';
import { problemStatus } from './problem-status.js';
import { repairConversation, withoutNarrationClauses } from './prose-repair.js';
import type { OfflineResources } from './resources.js';
import { INSTRUCTION, rewriteSentence } from './rewrite.js';
import { UNSURE_ROLE, unsureRoleReview } from './role-review.js';
import { runOnSentences, withoutTrailingQuestion } from './run-on.js';
import { asksOnly, salvageSentence, scrubSpeech } from './salvage.js';
import { detectHeader } from './section-headers.js';
import { cutOffSentences, endsMidClause } from './segment-cutoff.js';
import { answerPolarity, isSmallTalk } from './small-talk.js';
import { withSpelledAcronyms } from './spelled-acronyms.js';
import { withoutHesitations, withoutSpokenTail } from './spoken-tails.js';
import { tokenize } from './tokens.js';
import type { Fact, ProblemMention } from './types.js';
import { pronounFor, type RecordedSex, type SentenceUnit } from './units.js';
import { asksForRating, withoutUnmarkedTrailingQuestion } from './unmarked-question.js';
import { followUpReason } from './visit-reason.js';
import { extractVitals, formatVitals } from './vitals.js';
import { asStartOrder } from './will-do.js';

// What an examiner finds normal: a finding as much as an abnormal one.
const NORMAL_FINDING =
  /\b(?:normal|clear|regular|intact|soft|equal|reactive|symmetric(?:al)?|steady|non-?tender|unremarkable|benign|full range|well-healed|healing|warm and dry|alert|oriented)\b/i;

const BLOCK_HEADERS = new Set<FactCategory>(['exam', 'vitals', 'results', 'assessment', 'plan', 'ros']);
const TAKING = /\b(?:taking|on|using)\s+(?:the\s+|your\s+|any\s+)?([a-z][\w-]+)/i;
// A medicine an answer calls "it" or "them" ("I ran out of it", "I stopped taking them"): what is
// done with it, by the verb or preposition before the pronoun.
const MEDICINE_AS_IT =
  /\b(of|on|off|take|taking|took|stop|stopped|started|finished|refill|refilled|fill|filled|use|using|used|tolerate|tolerating|tolerated|skip|skipped|miss|missed|with)\s+(?:it|them)\b/i;
// The yes or no that opens an answer, before what the patient goes on to say.
const ANSWER_WORD =
  /^\s*(?:no|nope|nah|yes|yeah|yep|yup)\b(?:\s*[,.;!])*\s+(?:(?:but|though|although)\s+)?(?=[^\s,.;!])/i;
// "No, but my throat is scratchy": a "no" that answers the question, then more to document.
// Speech recognition leaves out the comma ("no i quit 3 weeks ago"): a "no" before a new subject.
const LEADING_NO =
  /^\s*(?:no|nope|nah)(?:\s*[,.;!]|(?=\s+(?:i|we|he|she|they)\s))\s*(?:(?:but|though|although)\s+)?(?=\S)/i;

/**
 * The sentence as documentation: as rewritten when it reads cleanly; else without its conversational
 * clauses; else, when it still carries clinical content, as is but flagged for review; else nothing
 * (conversation with nothing clinical in it documents nothing).
 */
function documentationProse(
  text: string,
  substantive: boolean,
  isClinical: (clause: string) => boolean,
  drugNames: ReadonlySet<string>,
): { text: string; review?: string } | undefined {
  // An acknowledgement or a remark run on at the end ("... last month oh no") is no part of it.
  // So is the first word or two of a phrase cut off at a pause ("... a small kidney stone on").
  const spoken = withoutCutOffTail(withoutSpokenTail(withoutLeadingConjunction(text)));
  // A rating asked for, or the scale offered with it, documents nothing: the answer does.
  if (asksForRating(spoken)) return undefined;
  // "Checking for a meniscus tear": what the manoeuvre was for, as the note writes it.
  const examined = examinedFor(spoken);
  if (examined) return { text: examined };
  // Fillers and restarts that carry no meaning go first, so the sentence is judged on its words.
  const tidy = hasProseDefect(spoken) ? scrubSpeech(spoken) : spoken;
  if (!hasProseDefect(tidy)) {
    const documented = withoutNarrationClauses(tidy, isClinical);
    return documented ? { text: withoutLeadingConjunction(documented) } : undefined;
  }
  // The clinician's first person left over, in the documentation voice (first-person-fallback.ts).
  const voiced =
    substantive && hasProseDefectOf(tidy, 'first-person') ? firstPersonAsDocumentation(tidy) : undefined;
  if (voiced) return { text: withoutLeadingConjunction(voiced) };
  // "Any nausea or vomiting, are you dizzy, no", once rewritten: the finding the answer documents.
  const answered = inlineAnswer(tidy);
  if (answered) return { text: answered.text };
  // A question about a drug stays: its name is what the answer documents.
  if (asksOnly(tidy) && extractMedications(tidy.toLowerCase(), drugNames).length === 0) return undefined;
  const repaired = repairConversation(tidy, isClinical);
  if (repaired === 'drop' || (repaired === 'review' && !substantive)) return undefined;
  if (repaired !== 'review') return { text: withoutLeadingConjunction(repaired.text) };
  const salvaged = salvageSentence(tidy, isClinical);
  if (salvaged) return { text: withoutLeadingConjunction(salvaged.text) };
  return {
    text: tidy,
    review: `Still worded as conversation (${proseDefects(tidy).join(', ')}): reword before signing.`,
  };
}

/**
 * The sentence as documentation (documentationProse); one that cannot be documented whole as the
 * statement before a question run on after it, or as its sentences (a run-on), each documented on its
 * own. A sentence with nothing recognisably clinical is dropped when it cannot be documented whole,
 * except for its parts that read as documentation and name something a note records (a test, an
 * order, a finding, a habit: namesCareItem).
 */
function documentationSentences(
  text: string,
  substantive: boolean,
  isClinical: (clause: string) => boolean,
  drugNames: ReadonlySet<string>,
): Array<{ text: string; review?: string }> {
  const whole = documentationProse(text, substantive, isClinical, drugNames);
  if (whole && !whole.review) return [whole];
  const fallback = whole ? [whole] : [];
  const records = (s: string) => isClinical(s) || namesCareItem(s);
  const spoken = whole ?? documentationProse(text, true, isClinical, drugNames);
  if (!spoken) return [];
  if (!spoken.review) return records(spoken.text) ? [spoken] : [];
  const asked = withoutTrailingQuestion(spoken.text) ?? withoutUnmarkedTrailingQuestion(spoken.text);
  if (asked) return whole || records(asked) ? [{ text: asked }] : [];
  const sentences = runOnSentences(spoken.text);
  if (sentences.length < 2) {
    // "If she lifts it it hurts": one sentence once its subordinate clause is closed by a comma.
    const [one] = sentences;
    const closed =
      one && one !== spoken.text ? documentationProse(one, true, isClinical, drugNames) : undefined;
    return closed && !closed.review ? [closed] : fallback;
  }
  const documented = sentences.flatMap((sentence) => {
    const prose = documentationProse(sentence, isClinical(sentence), isClinical, drugNames);
    return prose && (whole || (!prose.review && records(prose.text))) ? [prose] : [];
  });
  return documented.length > 0 ? documented : fallback;
}

/**
 * A patient's one-word answer as the statement it makes: "Vomiting." → "Reports vomiting.",
 * "Pepcid." → "Medication: Pepcid."; a bare word is no sentence of a note.
 */
function asStatement(text: string, category: FactCategory, isClinician: boolean): string {
  const word = text.replace(/^(?:an?|the|some)\s+/i, '').replace(/[.!]+$/, '');
  if (isClinician || !/^[A-Za-z][\w-]*$/.test(word)) return text;
  if (category === 'medication') return `Medication: ${word}.`;
  if (category === 'symptom' || category === 'hpi' || category === 'ros')
    return `Reports ${word.charAt(0).toLowerCase()}${word.slice(1)}.`;
  return text;
}

/** A sentence opening with the conjunction that tied it to the one before, without it. */
function withoutLeadingConjunction(text: string): string {
  const s = text.replace(/^(?:and then|and|but|so|or|then|also)\s*,?\s+(?=\S)/i, '');
  return s === text ? text : `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/**
 * An instruction ("wear the brace", "finish the antibiotic") or a first-person opinion or plan about
 * the patient's care ("I think we should start...", "given the fever this is likely pneumonia")
 * whose speaker was only inferred is the clinician's: on ACI-Bench and MTS-Dialog train, 64 of 73
 * sentences opening with a verb of advice are the clinician's. A recorded label is never changed.
 */
function clinicianWordingIsTheClinicians(unit: SentenceUnit): SentenceUnit {
  if (unit.roleConfidence === undefined || unit.speaker === 'clinician') return unit;
  const said = cleanSpeech(unit.text);
  const unsure = unit.roleConfidence < UNSURE_ROLE;
  // The patient's own account ("I want to try something natural for my blood pressure") stays theirs.
  return (INSTRUCTION.test(said) ||
    givesCareAdvice(said) ||
    isClinicianOpinion(said, unsure) ||
    isClinicianOrder(said)) &&
    !isPatientAccount(said)
    ? { ...unit, speaker: 'clinician' }
    : unit;
}

// The clinician offering a medicine ("Should we try amoxicillin?", "How about a steroid cream?").
const PROPOSES =
  /\b(?:should we|shall we|do you want to|would you like to|how about|what about|can we|could we|why don't we|are you (?:ok|okay|happy) (?:with|to))\b/i;

// A follow-up the rewrite already documents ("Follow-up in 2 weeks if it is not improving.").
const FOLLOW_UP_PROSE = /^(?:follow[- ]?up|return|advised to (?:return|come back|follow up))\b/i;

// "Will set him up for the epidural.", "Plan to start a fiber supplement.": an order, as rewritten.
const ORDER_FORM = /^(?:will|we will|plan to|plan for|advised to|recommend(?:ed)?)\b/i;
// "Plan to do a quick physical exam.", "Will press on his belly.", "Will review the x-ray results.":
// the examination, or going over results, announced.
const EXAM_ACT =
  /\b(?:exam(?:ine|ination)?s?|look(?:ing)? at|take a look|listen\w*|press\w*|feel\w*|palpat\w*|check (?:your|his|her|their|the) (?:\w+ )?(?:reflexes|strength|range|pulses?|sensation)|touch\w*|bend\w*|move\w*|push\w*|pull\w*|squeeze\w*|twist\w*|(?:review|go over|going over|look over)\w* (?:\w+ ){0,4}(?:results?|images?|imaging|x-?rays?|films?|labs?|lab work|blood work|scans?))\b/i;

/**
 * The section an order goes to: said while the clinician was still dictating the exam or results,
 * a sentence the rewrite made an order ("Will ...", "Plan to ...") is the plan, not a finding; the
 * examination's own acts stay where they were said, and are dropped when they find nothing
 * ("Plan to do a quick physical exam." documents no finding). Undefined: nothing to document.
 */
function plannedAfterExam(category: FactCategory, text: string): FactCategory | undefined {
  if ((category !== 'exam' && category !== 'results') || !ORDER_FORM.test(text)) return category;
  if (!EXAM_ACT.test(text)) return 'plan';
  // A long sentence says more than the act ("… his prostate seems a little enlarged on exam"): kept.
  const announced = text.split(/\s+/).length <= 10 && !namesFinding(text) && !/\d/.test(text);
  return announced ? undefined : category;
}

/** Facts (documentable statements) and problem mentions from a transcript, in transcript order. */
export function extractFacts(
  segments: readonly TranscriptSegment[],
  resources: OfflineResources,
  sex?: RecordedSex,
): { facts: Fact[]; mentions: ProblemMention[]; dropped: number } {
  const pronoun = pronounFor(sex);
  // Long run-ons where speech recognition wrote no punctuation are cut into their sentences first,
  // and each sentence gets its own role: one segment often holds the clinician's question, the
  // patient's answer and the clinician again. Then they are documented clause by clause.
  const units = withInferredRoles(roleUnits(segments), resources.roleModel)
    .flatMap(withLeadingAnswerApart)
    .map(clinicianWordingIsTheClinicians)
    .map(examinerOnlyFinding)
    .flatMap(splitClauses);
  const cutOff = cutOffSentences(units, segments);
  const facts: Fact[] = [];
  const mentions: ProblemMention[] = [];
  const seen = new Set<string>();
  let mode: FactCategory | undefined;
  // The problem the visit follows up ("here to follow up on your blood pressure"), for the assessment.
  const reason = followUpReason(units);
  const followed = reason?.problem;
  let pendingQuestion: SentenceUnit | undefined;
  // An answer about a medicine kept in the patient's words, which their next sentence may go on
  // (a segment or the next one: the importer gives each sentence of plain text its own).
  let keptAnswer: { index: number; seq: number } | undefined;
  // The clinician just announced an exam act on its own ("Let me look in her ears."): the next
  // sentence that states a finding is the exam's, whatever words it uses (exam-act-follow.ts).
  let examActBefore = false;
  // The segment whose sentence was just documented as the clinician's exam finding: the next
  // sentence of the same segment that states a finding continues the exam (findings-run.ts).
  let findingSeq: number | undefined;
  // Sentences with something to document that were dropped as conversation (nothing clinical left).
  let dropped = 0;
  // Where in the units the loop is, for what was said a few sentences before.
  let position = -1;
  // The last order that chose a medicine without saying its dose, and the medicine the clinician last
  // asked about: a dose said next on its own belongs to it (dose-follows-drug.ts).
  let doseless: { index: number; position: number } | undefined;
  let askedDrug: { name: string; proposed: boolean; evidence: Evidence; position: number } | undefined;

  const add = (fact: Fact): void => {
    const key = fact.text.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    facts.push(fact);
  };

  for (const inferred of units) {
    position++;
    const afterFinding = findingSeq === inferred.seq;
    const afterExamAct = examActBefore || afterFinding;
    const heard = examinersFinding(continuesFindings(inferred, findingSeq), afterExamAct);
    findingSeq = undefined;
    if (heard.speaker === 'clinician') examActBefore = isBareExamAct(heard);
    else if (contentWords(heard.text).length >= 4) examActBefore = false;
    // Sign-offs and talk to the recorder are no part of the note, whatever section is being dictated.
    const documentable = documentablePart(heard);
    if (!documentable) continue;
    // "Awesome weigh yourself daily", "Essentially what that means is that ...": the talk that
    // opens the sentence is left out, what follows it documented with its own words as evidence.
    // So is the clinician's aside before an order or an explanation (clinician-asides.ts).
    const aside = heard.speaker === 'clinician' ? asideLead(documentable.text) : undefined;
    const lead = talkLeadLength(documentable.text) || (aside?.length ?? 0);
    // What the clinician explains the findings mean is the assessment, whatever words it uses.
    const explains =
      heard.speaker === 'clinician' &&
      (explainingLeadLength(documentable.text) > 0 || aside?.explains === true);
    const spoken =
      lead > 0
        ? { ...documentable, text: documentable.text.slice(lead), start: documentable.start + lead }
        : documentable;
    // "Let's look at your feet, you have some pitting edema to the shins": the finding the exam
    // narration states, documented on the exam with the words that state it as its evidence.
    const narrated = examFinding(spoken.text);
    if (narrated) {
      if (heard.speaker === 'clinician') findingSeq = spoken.seq;
      add({
        category: 'exam',
        text: narrated.text,
        evidence: narrated.ranges.map(([from, to]) => ({
          seq: spoken.seq,
          start: spoken.start + from,
          end: spoken.start + to,
        })),
      });
      continue;
    }
    // "Any fever or chills, no": a question answered in the same sentence is the finding it answers.
    const answered = inlineAnswer(withoutHesitations(spoken.text).replace(/\s+([,.?!])/g, '$1'));
    // A question that ends with a full stop asks all the same ("Do you have any allergies.").
    let unit = answered
      ? { ...spoken, isQuestion: false }
      : spoken.isQuestion || !asksByWordOrder(spoken.text)
        ? spoken
        : { ...spoken, isQuestion: true };
    let answerLead: string | undefined;
    // The answer with the medicine asked about named where it said "it" (its words for the note).
    let resolved: string | undefined;
    let answerEvidence: Evidence | undefined;
    const isClinician = unit.speaker === 'clinician';
    if (unit.isQuestion) {
      // The medicine a question names, whoever was taken to ask it (dose-follows-drug.ts).
      const [asked] = extractMedications(cleanSpeech(unit.text).toLowerCase(), resources.drugNames);
      askedDrug = asked
        ? {
            name: asked.name,
            proposed: PROPOSES.test(unit.text),
            evidence: { seq: unit.seq, start: unit.start, end: unit.end },
            position,
          }
        : undefined;
    }
    if (isClinician && unit.isQuestion) {
      pendingQuestion = unit;
      continue;
    }
    // "He's 12 kilos so that's 480 mg twice a day for 7 days": the dose of the medicine just chosen,
    // said in a sentence of its own, is that order's dose. After a question that names a medicine, the
    // question says whose dose it is, whoever the speaker was taken to be: one offering it ("should we
    // try the prednisolone again?") is answered by the order's dose, one asking about it ("what dose of
    // metformin are you on?") by what the patient takes.
    const dose = unit.isQuestion || answered ? undefined : doseOnly(cleanSpeech(unit.text));
    const doseOf = doseless && position - doseless.position <= 3 ? facts[doseless.index] : undefined;
    const askedOf = askedDrug && position - askedDrug.position <= 3 ? askedDrug : undefined;
    if (dose && (doseOf || askedOf)) {
      const said: Evidence = { seq: unit.seq, start: unit.start, end: unit.end };
      if (doseless && doseOf) {
        facts[doseless.index] = {
          ...doseOf,
          text: withDose(doseOf.text, dose),
          evidence: [...doseOf.evidence, said],
        };
      } else if (askedOf) {
        const name = `${askedOf.name.charAt(0).toUpperCase()}${askedOf.name.slice(1)}`;
        add({
          category: askedOf.proposed ? 'plan' : 'medication',
          text: askedOf.proposed ? `${name} ${dose}.` : `Taking ${askedOf.name} ${dose}.`,
          evidence: [askedOf.evidence, said],
        });
      }
      doseless = undefined;
      askedDrug = undefined;
      pendingQuestion = undefined;
      continue;
    }
    // "We're following up on your heart failure": said only to give the reason for the visit, which
    // the chief complaint documents.
    if (
      isClinician &&
      reason &&
      unit.seq === reason.unit.seq &&
      unit.start <= reason.unit.start + reason.range[0]
    ) {
      const beyond = contentWords(unit.text).length - contentWords(reason.problem).length;
      if (unit.end >= reason.unit.start + reason.range[1] && beyond <= 2) continue;
    }
    const kept = keptAnswer;
    keptAnswer = undefined;
    const keptFact = kept && facts[kept.index];
    if (!isClinician && keptFact && unit.seq - kept.seq <= 1 && !pendingQuestion) {
      facts[kept.index] = withAnswerContinued(keptFact, unit);
      keptAnswer = kept;
      continue;
    }
    // "Your blood pressure is now controlled", "you're doing better on the sertraline, I think we can
    // increase it": the assessment of the problem, then what the rest of the sentence plans.
    const judged =
      isClinician && !answered
        ? problemStatus(unit.text, followed, findProblems(tokenize(unit.text), resources.problems).length > 0)
        : undefined;
    if (judged && !judged.asSaid) {
      add({
        category: 'assessment',
        text: judged.text,
        evidence: [{ seq: unit.seq, start: unit.start, end: unit.start + judged.length }],
      });
      const lead = /^[\s,;.]*(?:(?:and|so|but)\s+)?(?:(?:i think|i believe)\s+)?/i.exec(
        unit.text.slice(judged.length),
      );
      const from = judged.length + (lead?.[0].length ?? 0);
      const rest = unit.text.slice(from);
      if (contentWords(rest).length < 2) continue;
      unit = { ...unit, text: rest, start: unit.start + from };
      if (judged.medicine) resolved = rest.replace(/\b(?:it|that)\b/i, `the ${judged.medicine}`);
    }
    if (!isClinician && pendingQuestion) {
      const question = pendingQuestion;
      pendingQuestion = undefined;
      // "I haven't missed a dose" to "are you taking it every day?" is no "no" to the question.
      const elsewhere = negatesSomethingElse(question.text, unit.text);
      const polarity = elsewhere ? undefined : answerPolarity(unit.text);
      const report =
        elsewhere || detailsOnly(unit.text) ? adherenceReport(question, unit, pronoun) : undefined;
      if (report) {
        keptAnswer = { index: facts.length, seq: unit.seq };
        add(report);
        continue;
      }
      if (polarity) {
        const answered = answerFact(question, unit, polarity, pronoun, resources);
        if (answered.fact) add(answered.fact);
        mentions.push(...answered.mentions);
        // "No, I quit about two years ago": the answer, then a statement of its own to document.
        const word = ANSWER_WORD.exec(unit.text);
        const rest = word ? unit.text.slice(word[0].length) : '';
        if (contentWords(rest).length < 2) continue;
        // "Any chest pain?" "No chest pain": the answer restating what was asked says nothing more
        // (and read alone it would document the chest pain it denies).
        const asked = new Set(contentWords(cleanSpeech(question.text).toLowerCase()));
        if (contentWords(cleanSpeech(rest).toLowerCase()).every((w) => asked.has(w))) continue;
        unit = { ...unit, text: rest, start: unit.start + (word?.[0].length ?? 0) };
      } else {
        const yes = /^\s*(?:yes|yeah|yep|yup)\b(?:\s*[,.;!])*\s+(?=[^\s,.;!])/i.exec(unit.text);
        if (yes) unit = { ...unit, text: unit.text.slice(yes[0].length), start: unit.start + yes[0].length };
      }
      // "Are you still taking the sertraline?" "Yes, 50 mg every morning": the dose needs its drug.
      const drug = TAKING.exec(cleanSpeech(question.text))?.[1]?.toLowerCase();
      if (drug && resources.drugNames.has(drug) && /^\s*\d/.test(cleanSpeech(unit.text))) {
        answerLead = `Taking ${drug}`;
        answerEvidence = { seq: question.seq, start: question.start, end: question.end };
      } else if (drug && resources.drugNames.has(drug) && MEDICINE_AS_IT.test(unit.text)) {
        // "Are you still taking the furosemide?" "I ran out of it a month ago": the medicine the
        // answer calls "it" is the one asked about, and the question is evidence with the answer.
        resolved = unit.text.replace(MEDICINE_AS_IT, `$1 the ${drug}`);
        answerEvidence = { seq: question.seq, start: question.start, end: question.end };
      }
      const no = polarity || elsewhere ? null : LEADING_NO.exec(unit.text);
      if (no) {
        const said = /^\s*\w+/.exec(no[0])?.[0].trim() ?? 'no';
        const answer = { ...unit, text: said, end: unit.start + said.length };
        const answered = answerFact(question, answer, 'no', pronoun, resources);
        if (answered.fact) add(answered.fact);
        mentions.push(...answered.mentions);
        unit = { ...unit, text: unit.text.slice(no[0].length), start: unit.start + no[0].length };
      }
    }
    const tokens = tokenize(unit.text, unit.start);
    const problems = findProblems(tokens, resources.problems);
    const clean = cleanSpeech(resolved ?? unit.text).toLowerCase();
    const hasDrug = extractMedications(clean, resources.drugNames).length > 0;
    // A number said with the chatter ("... and we will see you back in 2 weeks") is documented.
    // "I jammed my finger playing basketball": an injury's mechanism is no chat about sport.
    const clinical =
      problems.length > 0 || hasDrug || /\d/.test(clean) || (!isClinician && tellsInjuryOrLapse(clean));
    // "I'll order an echocardiogram", "Check your feet every day", "Let's see you back in six weeks":
    // the clinician's order or instruction is the plan, whatever block was being dictated.
    const ordered = isClinician && !answered ? orderCategory(clean) : undefined;
    if ((!answered && !ordered && isSmallTalk(unit.text, clinical)) || (!isClinician && unit.isQuestion))
      continue;
    // The clinician's aside about themselves or the chart, with nothing clinical: dropped as talk.
    if (
      isClinician &&
      !answered &&
      isContentFreeAside(unit.text, problems.length > 0 || hasDrug || namesFinding(clean))
    ) {
      dropped++;
      continue;
    }

    if (isClinician) {
      const header = detectHeader(clean.split(' ', 8).join(' '), resources.headers);
      // Dictated blocks (exam, results, assessment and plan) run over several sentences; a history
      // or medication header spoken in passing only describes its own sentence.
      if (header && BLOCK_HEADERS.has(header)) mode = header;
    } else if (contentWords(clean).length >= 4 && (mode === 'exam' || mode === 'results')) {
      // The patient is talking again: the dictated exam/results block is over.
      mode = undefined;
    }

    const vitals = extractVitals(clean);
    const classified = answered
      ? answered.polarity === 'no'
        ? 'ros'
        : 'symptom'
      : (classifySentence({
          speaker: isClinician ? 'clinician' : 'patient',
          text: clean,
          mode: explains && mode !== 'plan' ? 'assessment' : mode,
          hasVitals: vitals.length > 0,
          hasDrug,
          hasProblem: problems.length > 0,
        }) ?? (afterExamAct && statesFinding(unit) ? 'exam' : undefined));
    const placedOrder = judged?.asSaid
      ? 'assessment'
      : ordered && classified !== 'plan' && classified !== 'follow-up' && classified !== 'vitals'
        ? ordered
        : classified;
    if (!placedOrder) continue;
    // "There is a faint wheeze on the left and her oxygen is 95 percent": the vitals line, and the
    // findings said with the vitals as an exam sentence (a vitals line alone would lose them).
    const withFindings = placedOrder === 'vitals' && vitals.length > 0 && namesFinding(clean);
    if (withFindings)
      add({
        category: 'vitals',
        text: `${formatVitals(vitals)}.`,
        evidence: [{ seq: unit.seq, start: unit.start, end: unit.end }],
      });
    const category: FactCategory = withFindings ? 'exam' : placedOrder;

    const modifiers = findModifiers(tokens, resources.context);
    // Problems named while the clinician goes through the assessment and plan are assessed problems,
    // even in a sentence that is mostly an order ("for your reflux, continue omeprazole").
    const mentionCategory =
      mode === 'assessment' && (category === 'plan' || category === 'follow-up') ? 'assessment' : category;
    const found = problems.map((p): ProblemMention => {
      const start = tokens[p.start]?.start ?? unit.start;
      const end = tokens[p.end - 1]?.end ?? unit.end;
      return {
        text: unit.text.slice(start - unit.start, end - unit.start),
        normalized: p.normalized,
        assertion: answered
          ? answered.polarity === 'no'
            ? 'negated'
            : 'present'
          : assertionOf(p.start, p.end, modifiers),
        category: mentionCategory,
        evidence: [{ seq: unit.seq, start, end }],
      };
    });
    mentions.push(...found);

    const rewritten = answered
      ? answered.text
      : category === 'vitals' && vitals.length > 0
        ? `${formatVitals(vitals)}.`
        : rewriteSentence(withSpelledAcronyms(resolved ?? unit.text), {
            speaker: unit.speaker === 'unknown' ? 'patient' : unit.speaker,
            pronoun,
          });
    // "We will do amoxicillin" → "Start amoxicillin." (will-do.ts).
    const started =
      isClinician && category === 'plan' ? asStartOrder(rewritten, resources.drugNames) : undefined;
    const text = started
      ? started
      : ordered && category === 'plan'
        ? asAdvice(rewritten)
        : ordered === 'follow-up' && category === 'follow-up'
          ? FOLLOW_UP_PROSE.test(rewritten)
            ? rewritten
            : (followUpInterval(clean) ?? rewritten)
          : rewritten;
    // A clinician's one-word remark ("covers it") documents nothing, unless it names a finding.
    const substantive =
      problems.length > 0 || hasDrug || /\d/.test(text) || namesFinding(text) || category === 'vitals';
    // "No laxity." is a pertinent negative, not a one-word remark.
    const minimum = isClinician && !substantive && !/^no\b/i.test(text) ? 2 : 1;
    if (contentWords(text).length < minimum) continue;
    // Said while examining, a normal finding is one ("her lungs are clear", "regular rhythm").
    const examined = isClinician && (category === 'exam' || category === 'results');
    const isClinical = (clause: string) => {
      const lower = clause.toLowerCase();
      return (
        /\d/.test(clause) ||
        namesFinding(clause) ||
        (examined && NORMAL_FINDING.test(clause)) ||
        found.some((p) => lower.includes(p.text.toLowerCase())) ||
        extractMedications(lower, resources.drugNames).length > 0
      );
    };
    const statement = asStatement(text, category, isClinician);
    // A clinician's aside left whole in a longer turn ("... I have been doing one of 2 things"): dropped
    // (its numbers judged by isContentFreeAside).
    const sentences = documentationSentences(statement, substantive, isClinical, resources.drugNames).filter(
      (prose) => !isClinician || !isContentFreeAside(prose.text, isClinical(prose.text.replace(/\d/g, ''))),
    );
    if (sentences.length === 0) {
      dropped++;
      continue;
    }
    const said: Evidence = { seq: unit.seq, start: unit.start, end: unit.end };
    const roleReview = answered ? undefined : unsureRoleReview(unit);
    sentences.forEach((prose, i) => {
      const lead = i === 0 ? answerLead : undefined;
      const placed = lead ? 'medication' : plannedAfterExam(adviceIsPlan(category, prose.text), prose.text);
      if (!placed) return;
      // Still worded as conversation: shipped as a general repair rewords it, else flagged.
      const worded = withConversationRepaired(prose, placed, pronoun);
      const fact: Fact = {
        category: placed,
        text: lead ? `${lead} ${worded.text.charAt(0).toLowerCase()}${worded.text.slice(1)}` : worded.text,
        evidence: (lead || resolved) && answerEvidence ? [answerEvidence, said] : [said],
      };
      if (answered) fact.assertion = answered.polarity === 'no' ? 'negated' : 'present';
      else if (found[0]) fact.assertion = found[0].assertion;
      const cut = cutOff.get(`${unit.seq}:${unit.end}`);
      const review = worded.review ?? roleReview;
      if (review) fact.review = review;
      else if (cut && endsMidClause(worded.text)) fact.review = cut;
      if (isClinician && placed === 'exam') findingSeq = unit.seq;
      const before = facts.length;
      add(fact);
      // An order that names a medicine and no dose: the dose may come in the next sentence.
      if (
        placed === 'plan' &&
        facts.length > before &&
        !/\d/.test(fact.text) &&
        extractMedications(fact.text.toLowerCase(), resources.drugNames).length > 0
      )
        doseless = { index: before, position };
    });
  }

  const covered = withoutCoveredReviews(withDefectsFlagged(facts, undefined, pronoun), resources);
  const cc = chiefComplaint(units, covered.facts, mentions);
  const said = new Map(segments.map((x) => [x.seq, x.text]));
  const organised = withAssessedProblems(withProblemHeadings(covered.facts), mentions, (seq) =>
    said.get(seq),
  );
  // Only the chief complaint and facts given a problem heading are new since the first pass.
  const drafted = withDefectsFlagged(cc ? [cc, ...organised] : organised, new Set(covered.facts), pronoun);
  return { facts: drafted, mentions, dropped: dropped + covered.dropped };
}
