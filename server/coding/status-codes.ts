import { memoizedInDraft } from '../../shared/clinical/offline/draft-memo.js';
import { patternUnion } from './pattern-union.js';

/**
 * Status codes (ICD-10-CM Official Guidelines I.C.21.c.3 and IV): an allergy the patient reports is
 * coded as allergy status (Z88.x drugs, Z91.0x other substances), never as the reaction it causes; a
 * past, resolved condition is coded as personal history (Z85–Z87), never as the disease itself.
 */

/** Drug words → Z88 allergy status (dotless), most specific class first. */
const DRUG_ALLERGY: Array<[RegExp, string]> = [
  [/penicillin|amoxicillin|ampicillin|augmentin|dicloxacillin|piperacillin|nafcillin/i, 'Z880'],
  [/cephalosporin|cephalexin|keflex|cefazolin|ceftriaxone|cefdinir|cefuroxime/i, 'Z881'],
  [/\bsulfa\b|sulfonamide|sulfamethoxazole|bactrim|septra/i, 'Z882'],
  [
    /antibiotic|macrolide|erythromycin|azithromycin|clarithromycin|doxycycline|tetracycline|ciprofloxacin|levofloxacin|quinolone|vancomycin|clindamycin|metronidazole|nitrofurantoin/i,
    'Z881',
  ],
  [/anesthe|lidocaine|novocaine|propofol/i, 'Z884'],
  [
    /codeine|morphine|oxycodone|hydrocodone|opioid|opiate|narcotic|tramadol|fentanyl|dilaudid|percocet|vicodin/i,
    'Z885',
  ],
  [/aspirin|ibuprofen|naproxen|nsaid|motrin|advil|aleve|acetaminophen|tylenol|analgesic/i, 'Z886'],
  [/vaccine|serum|immunization/i, 'Z887'],
  [/iodine|contrast (dye|media)|contrast\b/i, 'Z91041'],
];

/** Non-drug allergens → Z91.0x status. */
const OTHER_ALLERGY: Array<[RegExp, string]> = [
  [/peanut/i, 'Z91010'],
  [/\bmilk\b|dairy|lactose/i, 'Z910110'],
  [/\beggs?\b/i, 'Z910120'],
  [/seafood|shellfish|shrimp|\bfish\b/i, 'Z91013'],
  [/latex/i, 'Z91040'],
  [/\bbee\b|wasp|insect sting|stings?\b/i, 'Z91030'],
  [/\bfoods?\b|\bnuts?\b|wheat|\bsoy\b/i, 'Z91018'],
];

/** Drug class (from the ICD-10-CM drug table's T-code) → Z88 allergy status. */
export function allergyStatusFromDrugTableCode(tCode: string): string {
  const t = tCode.replace('.', '').toUpperCase();
  if (t.startsWith('T360')) return 'Z880';
  if (t.startsWith('T370')) return 'Z882';
  if (t.startsWith('T36')) return 'Z881';
  if (t.startsWith('T37')) return 'Z883';
  if (t.startsWith('T41')) return 'Z884';
  if (/^T40[0-6]/.test(t)) return 'Z885';
  if (t.startsWith('T39')) return 'Z886';
  if (t.startsWith('T50A') || t.startsWith('T50B') || t.startsWith('T50Z')) return 'Z887';
  return 'Z888';
}

/**
 * Allergy status codes for what an allergy sentence names (penicillin → Z88.0, peanuts → Z91.010).
 * `drugClass` looks a word up in the drug table when one is loaded. A sentence that names no allergen
 * gives no code: "allergic to medicines" is not specific enough to pick a class.
 */
export function allergyStatusCodes(
  sentence: string,
  drugClass?: (word: string) => string | undefined,
): string[] {
  const codes = new Set<string>();
  for (const [pattern, code] of [...DRUG_ALLERGY, ...OTHER_ALLERGY]) {
    if (pattern.test(sentence)) {
      codes.add(code);
      // A penicillin is also an antibiotic: the most specific class only.
      if (code === 'Z880' || code === 'Z882') break;
    }
  }
  if (codes.size === 0 && drugClass) {
    for (const word of sentence.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []) {
      const tCode = drugClass(word);
      if (tCode) codes.add(allergyStatusFromDrugTableCode(tCode));
    }
  }
  return [...codes];
}

/** Sentences that report an allergy or an intolerance rather than a current problem. */
export const ALLERGY_SENTENCE =
  /\ballerg|\bgives? (me|him|her|them) (hives|a rash|rash)|\b(break|broke) out\b.*\bfrom\b|\breaction to\b|\bintoleran/i;

// Conditions whose "history of" in a problem list means the patient has them now (chronic, managed):
// coded as the condition, not as personal history.
const CHRONIC_CATEGORIES =
  /^(E0[89]|E1[013]|E03|E55|E66|E78|M10|M1A|N40|K58|I1[0-6]|I2[05]|I4[89]|I50|J4[4-5]|N18|F3[23]|F41|G4[03]|G20|M1[5-9]|M05|M06|K21|K50|K51|B20|D5[0-3]|D6[89]|E04|E05|G35|F20|F31|F90|Z[0-9])/;

/** Whether a condition said to be "history of" is in fact an ongoing chronic condition. */
export const isChronicCondition = (code: string): boolean => CHRONIC_CATEGORIES.test(code);

/** Category prefix → personal-history status code (dotless), most specific prefix first. */
const HISTORY_CODES: Array<[RegExp, string]> = [
  [/^N2[0-3]/, 'Z87442'],
  [/^N39[0]/, 'Z87440'],
  [/^N/, 'Z87448'],
  [/^I2[12]/, 'I252'],
  [/^I6[3-4]|^G45/, 'Z8673'],
  [/^I26/, 'Z86711'],
  [/^I8[0-2]/, 'Z86718'],
  [/^I/, 'Z8679'],
  [/^J1[2-8]/, 'Z8701'],
  [/^J/, 'Z8709'],
  [/^K2[5-8]/, 'Z8711'],
  [/^K/, 'Z8719'],
  [/^L/, 'Z872'],
  [/^M/, 'Z8739'],
  [/^C50/, 'Z853'],
  // Skin: melanoma (Z85.820) and the other skin cancers (Z85.828), not the unspecified Z85.9.
  [/^C43/, 'Z85820'],
  [/^C44/, 'Z85828'],
  [/^C3[34]/, 'Z85118'],
  [/^C61/, 'Z8546'],
  [/^C1[89]|^C20/, 'Z85038'],
  [/^C/, 'Z859'],
  [/^D[0-4]/, 'Z8603'],
  [/^D[5-8]/, 'Z862'],
  [/^E/, 'Z8639'],
  [/^F/, 'Z8659'],
  [/^[GH]/, 'Z8669'],
  [/^[AB]/, 'Z8619'],
  [/^S|^T/, 'Z87828'],
  [/^Q/, 'Z87798'],
];

/** Personal-history status code for a past condition coded as `code`, if the guidelines give one. */
export function historyStatusCode(code: string): string | undefined {
  return HISTORY_CODES.find(([pattern]) => pattern.test(code))?.[1];
}

const ORAL_HYPOGLYCEMIC =
  /\b(metformin|glucophage|glipizide|glyburide|glimepiride|sitagliptin|januvia|janumet|linagliptin|tradjenta|empagliflozin|jardiance|dapagliflozin|farxiga|canagliflozin|invokana|pioglitazone|actos|semaglutide tablets?|rybelsus)\b/i;
const INSULIN = /\b(insulin|lantus|levemir|humalog|novolog|tresiba|toujeo|basaglar)\b/i;
// "stop the metformin", "never took insulin": the drug is not being taken. Nor is one the visit hopes
// to avoid or may need later ("we want to avoid going to insulin", "you may need to start insulin").
const NOT_TAKEN =
  /\b(stop|stopped|discontinue|discontinued|never|not on|off (the|his|her)?|allergic|avoid|avoiding|hold(?:ing)? off|rather not|do ?n[o']?t want|(?:might|may|could) (?:need|have to|end up)|consider(?:ing)?|not ready)\b[^.?!]{0,30}$/i;

/** Whether `drug` is named as taken somewhere in `text` (a sentence that does not stop or deny it). */
function taken(drug: RegExp, text: string): boolean {
  // Most sentences name no such drug: then no line of them does (a drug pattern spans no sentence
  // end, and reads nothing beyond its words but a space), so the text is not split at all.
  if (!drug.test(text)) return false;
  for (const line of text.split(/(?<=[.?!\n])/)) {
    const match = line.match(drug);
    if (match && !NOT_TAKEN.test(line.slice(0, match.index ?? 0))) return true;
  }
  return false;
}

/**
 * Long-term drug status beside diabetes (guideline I.C.4.a.3): insulin → Z79.4, oral hypoglycemics
 * → Z79.84 (both when both are taken). `basis` is the diabetes code it goes with (the first in
 * `codes`, which come best first); none without one.
 */
export function diabetesDrugStatusCodes(
  codes: readonly string[],
  text: string,
): Array<{ code: string; basis: string }> {
  const basis = codes.find((c) => /^E(0[89]|1[013])/.test(c));
  if (!basis) return [];
  const out: Array<{ code: string; basis: string }> = [];
  if (taken(INSULIN, text)) out.push({ code: 'Z794', basis });
  if (taken(ORAL_HYPOGLYCEMIC, text)) out.push({ code: 'Z7984', basis });
  return out;
}

/**
 * Statuses a coder adds when the visit relies on them (guideline I.C.21.c.3): a graft, stent or
 * transplant in place (a pacemaker: PACEMAKER below), an organ part removed, a skin cancer removed, a past heart attack, a former
 * smoker, and long-term aspirin, other antiplatelet, anticoagulant or immunosuppressant use. Dotless codes.
 */
const STATUS_STATEMENTS: Array<[RegExp, string]> = [
  [/\b(coronary (artery )?bypass|bypass graft(ing)?|cabg)\b/i, 'Z951'],
  [
    /\bstents?\b.*\b(coronary|heart|cardiac|artery|arteries)\b|\b(coronary|heart|cardiac|artery)\b.*\bstents?\b/i,
    'Z955',
  ],
  [/\b(kidney|renal) transplant/i, 'Z940'],
  [/\bheart transplant/i, 'Z941'],
  [/\blung transplant/i, 'Z942'],
  [/\bliver transplant/i, 'Z944'],
  [/\blobectomy\b/i, 'Z902'],
  [
    /\b(basal cell|squamous cell)\b.*\b(removed|removal|excised|excision|history)\b|\b(removed|removal|excision of)\b.*\b(basal cell|squamous cell)\b/i,
    'Z85828',
  ],
  [
    /\bheart attack\b.*\b(in (19|20)\d\d|years? ago|last year|had)\b|\bhad (a|his|her) heart attack\b/i,
    'I252',
  ],
  [
    /\b(former|ex-?) smoker\b|\b(quit|stopped) smoking\b|\bused to smoke\b|\b(have|has) (n't|not) smoked (anything )?(in|for|since)\b|\b(haven't|hasn't) smoked (anything )?(in|for|since)\b/i,
    'Z87891',
  ],
  [/\bimmunosuppress(ive|ant|ion)\b/i, 'Z7960'],
];

/**
 * A cardiac pacemaker a visit states as in place (Z95.0), beside the stents and grafts above. Replaced
 * joints and removed organs were tried the same way and left out: on ACI-Bench train they were said
 * three times as surgical history and coded none of them (MAP 0.752 → 0.749).
 */
const PACEMAKER = /\bpacemaker\b/i;
/** Words before a device that make it planned, possible or discussed, not had. */
const NOT_HAD =
  /\b(?:need|needs|needed|might|may|could|consider|considering|if|going to|gon na|will|would|discuss|discussed|talk|talked|talking|candidate|eventually|recommend|recommended|refer|schedule|scheduled|plan|planning|want|wants|avoid)\b/i;

const CATARACT_REMOVED =
  /\bcataract (surgery|extraction|removal|removed|operation)\b|\b(removed|took out|extracted) (a|the|his|her|your|my) cataracts?\b|\bcataracts? (was |were )?(removed|taken out)\b/i;
const ASPIRIN_TAKEN =
  /\b(baby aspirin|aspirin (81|a day|daily|every day|each day)|(on|taking|takes|continue|still take) (an |the |your |his |her |my |a )?(baby )?aspirin|(?:continue|continuing|stay on|keep (?:you |him |her |them )?on)\b(?:(?!\b(?:stop|stopping|avoid|hold|holding|no|not|instead of)\b)[^.?!]){1,60}?\b(?:the |your |his |her |an )?aspirin)\b(?! (if|when|as needed|for (the |a |your )?(headache|pain)))/i;
const ANTICOAGULANT =
  /\b(warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|dabigatran|pradaxa|edoxaban|savaysa|blood thinners?)\b/i;
/** An antiplatelet other than aspirin (aspirin has its own status, Z79.82). */
const ANTIPLATELET =
  /\b(clopidogrel|plavix|ticagrelor|brilinta|prasugrel|effient|cilostazol|pletal|dipyridamole)\b(?! (if|when|as needed))/i;
const DENIED_STATUS = /\b(no|never|not|denies|denied|n't)\b/i;
/**
 * Every pattern a status code needs (statusCodesOfOnce reads no other): a sentence the union does not
 * match states none, and most sentences state none, so they are ruled out in one pass.
 */
export const ANY_STATUS = patternUnion([
  ...STATUS_STATEMENTS.map(([pattern]) => pattern),
  CATARACT_REMOVED,
  ASPIRIN_TAKEN,
  ANTICOAGULANT,
  ANTIPLATELET,
  PACEMAKER,
]);

/**
 * Status codes that one sentence states, when it does not deny them; allergy sentences give none.
 * Remembered for the length of a draft: every sentence is read for them, and a status sentence again
 * when its codes are collected.
 */
export const statusCodesOf: (sentence: string) => readonly string[] = memoizedInDraft(statusCodesOfOnce);

function statusCodesOfOnce(sentence: string): readonly string[] {
  if (!ANY_STATUS.test(sentence) || ALLERGY_SENTENCE.test(sentence)) return [];
  const codes = new Set<string>();
  const stated = (pattern: RegExp) => {
    const match = sentence.match(pattern);
    return (
      match !== null &&
      !DENIED_STATUS.test(
        sentence
          .slice(0, match.index ?? 0)
          .split(/\s+/)
          .slice(-4)
          .join(' '),
      )
    );
  };
  for (const [pattern, code] of STATUS_STATEMENTS) if (stated(pattern)) codes.add(code);
  if (stated(CATARACT_REMOVED)) {
    const right = /\bright\b/i.test(sentence);
    const left = /\bleft\b/i.test(sentence);
    codes.add(right && !left ? 'Z9841' : left && !right ? 'Z9842' : 'Z9849');
  }
  // A device that is had, not planned or discussed ("you may need a pacemaker").
  const pacemaker = sentence.match(PACEMAKER);
  if (
    pacemaker &&
    stated(PACEMAKER) &&
    !NOT_HAD.test(
      sentence
        .slice(0, pacemaker.index ?? 0)
        .split(/\s+/)
        .slice(-6)
        .join(' '),
    )
  )
    codes.add('Z950');
  if (taken(ASPIRIN_TAKEN, sentence)) codes.add('Z7982');
  if (taken(ANTICOAGULANT, sentence)) codes.add('Z7901');
  if (taken(ANTIPLATELET, sentence)) codes.add('Z7902');
  return [...codes];
}
