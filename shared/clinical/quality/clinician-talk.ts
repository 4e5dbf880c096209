/**
 * The clinician talking to the patient, left in a drafted sentence after its "I" and "you" were
 * rewritten away: what the clinician is doing at that moment ("Will check his sugar log here",
 * "Plan to look at the rash"), explaining ("What this means is that ..."), an interjection glued to
 * the order that followed it ("Great continue the sertraline"), or a sentence that stops before its
 * thought ends ("Her heart failure is.", "... but if it."). Part of the prose checker
 * (prose-defects.ts); found by reading drafted notes as a physician would.
 */

// An interjection of approval glued to what was said next, with no full stop between them: the
// next word an order, a subject or a "so" ("Awesome weigh himself daily", "Perfect, so we will").
// "Good air entry", "Great toe pain", "Good so far" and "Excellent range of motion" are not.
const GLUED_INTERJECTION =
  /^(?:awesome|perfect|excellent|wonderful|fantastic|great|cool|sweet|nice|good|fine)(?:\s*[,!]\s*|\s+)(?=(?:so(?! far\b)|we|he|she|they|let's|let|continue|start|stop|keep|take|weigh|follow|come|call|use|wear|ice|elevate|avoid|return|schedule|get|check|go|make|try|restart|increase|decrease|hold|finish|apply|see|drink|eat|walk|rest|monitor|bring|do)\b)|\bawesome\b/i;

/** Whether a sentence opens with an interjection glued to what followed it. */
export function gluesInterjection(text: string): boolean {
  return GLUED_INTERJECTION.test(text);
}

/** The interjection (with its comma) that opens a sentence, so the rest can stand alone. */
export function leadingInterjection(text: string): string | undefined {
  const m =
    /^(?:awesome|perfect|excellent|wonderful|fantastic|great|cool|sweet|nice|good|fine)\s*[,!]?\s+/i.exec(
      text,
    );
  return m && GLUED_INTERJECTION.test(text) ? m[0] : undefined;
}

// Explaining to the patient: "what that means", said where a sentence or clause opens ("Essentially
// what that means is ...", "So what this means for the knee ...").
// "Discussed what this means for her prognosis" documents the discussion and stays.
const EXPLAINING =
  /(?:^|[,;]\s*)(?:(?:so|and|but|essentially|basically|really|now)\s*,?\s+)*what (?:that|this|it) (?:means|meant)\b/i;

// What the clinician is doing as they speak, put in the future by the rewrite: looking something up
// or over with the patient ("Plan to look at the rash", "Will pull up his echo", "Will check his
// blood sugar log here"). An order names what is ordered ("Will check a hemoglobin A1c"); "look
// into" and "go through with" are plans.
const DOING_NOW =
  /^(?:(?:the |his |her |their |my |our )?plan (?:is )?to|(?:he |she |they |we |i )?will|(?:is |are )?going to)\s+(?:(?:just|quickly|now|also|first|then)\s+)?(?:look (?:at|over|through)|take a (?:quick |closer |little |good )?look|have a (?:quick |closer |little |good )?look|pull up|bring up|flip through|read through)\b|^(?:(?:he |she |they |we |i )?will|plan to)\s+(?:(?:just|quickly|now|also|first)\s+)?(?:check|review|go over|read|see|look)\b[^.]*?\b(?:here|right here|real quick|quickly|together|on (?:the|my|this) (?:screen|computer|monitor))\s*[.!]?$/i;

/** Whether a sentence is the clinician explaining, or narrating what they are doing right now. */
export function isClinicianTalk(text: string): boolean {
  return EXPLAINING.test(text) || DOING_NOW.test(text);
}

// A sentence that stops before its thought ends: a copula with nothing after it ("Her heart failure
// is."), a joining word and a subject with nothing after them ("... but if it.", "and when she."), or
// a modal with no verb ("The swelling should."). A question word before it makes the ending written
// English ("what the best treatment is", "as well as it can").
const CUT_AFTER_COPULA = /\b[a-z]+\s+(?:is|are|was|were)$/i;
const ENDS_ON_COPULA_OK =
  /\b(?:what|where|how|who|whatever|wherever|however|whoever|which|as|than|so|nor|it|that|this|there|he|she|they|we|i|you)\s+(?:[\w'-]+\s+){0,6}(?:is|are|was|were)$/i;
// "The patient" can end a phrase after "and" ("for her husband and the patient"); "there" after "here
// and" is an idiom.
const CUT_AFTER_SUBJECT =
  /\b(?:if|when|because|unless|until|whether|while|since)\s+(?:it|he|she|they|we|this|there|the patient)$|(?<!\bhere\s)\b(?:but|and|that|so)\s+(?:it|he|she|they|we|this|there)$/i;
const CUT_AFTER_MODAL = /\b(?:will|would|should|might|must|shall)$/i;
const MODAL_ENDING_OK =
  /\b(?:as|if|than|whether|when|so|like)\s+(?:(?:he|she|they|we|it|the patient|possible)\s+)?(?:will|would|should|might|must|shall)$/i;

/** Whether a sentence (without its full stop) stops before its thought ends. */
export function isCutOffMidThought(body: string): boolean {
  const text = body.trim();
  if (CUT_AFTER_COPULA.test(text) && !ENDS_ON_COPULA_OK.test(text)) return true;
  if (CUT_AFTER_SUBJECT.test(text)) return true;
  return CUT_AFTER_MODAL.test(text) && !MODAL_ENDING_OK.test(text);
}

// Something looked at in the room, rewritten as if ordered ("His sugar readings now ordered.").
const ORDERED_NOW = /\b(?:now|here|right now)\s+ordered\.?$/i;

/** Whether a rewrite made an order of something the clinician was looking at as they spoke. */
export function orderedWhatWasLookedAt(text: string): boolean {
  return ORDERED_NOW.test(text);
}

// The explaining lead before what is explained ("Essentially what that means, Robert, is that ...",
// "So what this means for the knee is ..."): the words after it are the statement.
const EXPLAINING_LEAD =
  /^(?:(?:so|and|but|essentially|basically|really|now)\s*,?\s+)*what (?:that|this|it) means(?:\s+for\s+(?:you|him|her|them|the patient|(?:your|his|her|their|the)\s+[a-z-]+))?(?:\s*,?\s+(?!is\b)[a-z]+)?\s*,?\s+is(?:\s+that)?\s*,?\s+(?=\S)/i;

/**
 * The talk that opens a clinician's sentence before what it documents: an interjection glued to an
 * order ("Awesome weigh yourself daily") or an explaining lead ("Essentially what that means is
 * that ..."). Its length, so the rest can be documented with its own words as evidence; 0 when none.
 */
export function talkLeadLength(text: string): number {
  return explainingLeadLength(text) || (leadingInterjection(text)?.length ?? 0);
}

/** The length of an explaining lead opening the sentence ("So what this means is ..."); 0 when none. */
export function explainingLeadLength(text: string): number {
  return EXPLAINING_LEAD.exec(text)?.[0].length ?? 0;
}

/**
 * A short clause given up for the next one, with no figure in it ("their diet is", "the problem is"):
 * nothing of it is lost when it is left out.
 */
export function abandonsThought(clause: string): boolean {
  const text = clause.trim();
  return text.split(/\s+/).length <= 5 && !/\d/.test(text) && isCutOffMidThought(text);
}
