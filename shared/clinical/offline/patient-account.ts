import { isPatientHistoryAccount } from './patient-history-account.js';
import { takesOwnMedicine } from './patient-medicine-account.js';

/**
 * The patient's own account in words a clinician does not say of themselves: "I've been dealing with
 * my asthma", "my knee gives way", "when I'm around smoke I start coughing". Such words inside a turn
 * labelled or inferred as the clinician's are the patient's (a mislabelled turn, or the clinician
 * reading them out) and are documented in the third person like any patient statement.
 */
const BODY =
  '(?:head|neck|throat|chest|heart|lungs?|stomach|belly|back|shoulders?|arms?|elbows?|wrists?|hands?|fingers?|hips?|knees?|legs?|ankles?|feet|foot|toes?|skin|eyes?|ears?|nose|mouth|teeth|bladder|bowels?|periods?)';
const OWN_CONDITION =
  '(?:asthma|diabetes|sugars?|blood sugars?|blood pressure|cholesterol|thyroid|pain|migraines?|headaches?|anxiety|depression|mood|sleep|breathing|inhaler|meds|medications?|pills?|symptoms?)';
const PATIENT_ACCOUNT = new RegExp(
  [
    `\\bmy (?:(?:left|right|lower|upper) )?${BODY}\\b`,
    `\\bmy (?:(?:high|low|bad|chronic|usual|own|old)\\s+)?${OWN_CONDITION}\\b`,
    String.raw`\bi(?:'ve| have)? (?:been )?(?:dealing with|suffering|struggling|hurting|feeling (?:sick|dizzy|tired|down|anxious|short of breath))\b`,
    String.raw`\bi (?:do |also )?(?:start|started|get|got|keep) (?:coughing|wheezing|dizzy|lightheaded|nauseous|short of breath|headaches?|winded)\b`,
    String.raw`\bi(?:'m| am) around (?:smoke|somebody|someone|people)\b`,
    String.raw`\bmy (?:dad|mom|father|mother|husband|wife|partner|son|daughter|kids?|boss|coach)\b`,
    // Symptoms, injuries, limits and treatment in the first person, which on ACI-Bench and
    // MTS-Dialog train are the patient's in 365 of 370 sentences: "I've been getting headaches",
    // "I slipped on the ice", "I can't put weight on it", "I took two of my pills".
    String.raw`\bi(?:'ve| have)? (?:been )?(?:having|getting|noticing|experiencing)\b|\bi(?:'m| am)(?: still| also)? (?:having|experiencing)\b(?! (?:you|him|her|them|the patient|my (?:nurse|staff|team|assistant)|the (?:nurse|staff|team)|a look)\b)`,
    String.raw`\bi (?:fell|slipped|tripped|twisted|sprained|broke|injured|landed|bumped|rolled|strained)\b`,
    String.raw`\bi (?:can't|cannot|can not|couldn't) (?:sleep|walk|breathe|eat|lift|move|bend|reach|stand|sit|climb|run|lie|lay|swallow|grip|hold|straighten|put weight)\b`,
    String.raw`\bi(?:'ve| have)? (?:been )?(?:feel|felt|feeling) (?:so|really|very|more|a little|pretty|sick|tired|dizzy|weak|better|worse|anxious|depressed|down|off|achy|nauseous|short)\b(?!\s+(?:fluid|swelling|warmth|heat|tenderness|crepitus|lump|mass|nodule|bump|knot|thickening|click\w*|effusion|spasm|thrill|nodularity|firmness|fullness in (?:the|your|his|her)))`,
    String.raw`\bi (?:take|took|was taking|am taking|'m taking|have been taking|tried) (?:my|the|some|two|one|\d)\b(?! (?:a )?look)`,
    `\\bmy (?:pain|symptoms|legs|ankles|eyes|vision|hearing|joints|muscles|appetite|energy|weight)\\b`,
    String.raw`\bi (?:was|got|have been|'ve been) (?:diagnosed|told|prescribed|put on|started on|admitted)\b`,
    // Age, weight, habits, admissions, medicines and illnesses of one's own, which a clinician does
    // not tell of themselves in a visit (ACI-Bench and MTS-Dialog train, with their speech-recognition
    // and back-translated versions, give them to the clinician only through a wrong label): "I'm 58
    // years old", "I've lost 20 pounds", "I quit smoking in May", "I was hospitalized for pneumonia",
    // "I'm taking metformin", "I had a bad headache last night", "my sister had breast cancer".
    String.raw`\bi(?:'m| am)(?: just| now)? \d+(?: years old|\b(?= and\b|[,.]?$))|\bi (?:just )?turned \d+\b`,
    String.raw`\bi(?:'ve| have)? (?:already |also )?(?:lost|gained|put on|dropped) (?:about |around |almost |over )?\d+ (?:pounds|lbs?|kilos?|kg)\b`,
    String.raw`\bi(?:'ve| have)? (?:quit|stopped|gave up|cut down on|cut back on) (?:smoking|drinking|vaping|alcohol|cigarettes|the cigarettes|chewing)\b`,
    String.raw`\bi (?:was|have been|'ve been|got) (?:hospitali[sz]ed|in the hospital|in labor|pregnant)\b`,
    String.raw`\bi(?:'m| am)(?: also| still)? (?:taking|on) (?!(?:a look|you|him|her|them|the patient|call|it)\b)(?:my|the|some|a|an|this|these|that|\w+ for my)\b|\bi tried to take\b`,
    String.raw`\bi(?:'ve| have)? (?:had|have) (?:(?:a|an|the|some|this|really|slight|bad|mild|severe|terrible|little|real|kind of)\s+)*(?:[a-z-]+\s+){0,2}?(?:headaches?|fevers?|flu|cold|cough|rash|nausea|diarrh\w*|infections?|seizures?|migraines?|heart attack|stroke|high blood pressure|hypertension|diabetes|asthma|surgery|pain)\b`,
    String.raw`\bi was (?:last )?seen (?:at|in|by)\b`,
    String.raw`\bmy (?:sister|brother|grand(?:ma|pa|mother|father)|aunt|uncle|family|children|parents|baby)\b`,
    // Attacks and spells of one's own, and how one has to sleep: "I get these panic attacks twice a
    // week", "I have to sleep sitting up in the recliner".
    String.raw`\bi (?:still |usually |sometimes |also |often )?(?:get|have|had|got) (?:these |those |a lot of |bad |really bad |some |the |more )?(?:panic attacks|anxiety attacks|attacks|cramps|spasms|palpitations|nosebleeds|night sweats|hot flashes|flashbacks|nightmares|chest pains?|heartburn|migraines)\b`,
    String.raw`\bi (?:have to|can only|can't|cannot|usually|now) sleep\b|\bi sleep (?:on|in|with|sitting|propped)\b`,
    // Exercise and cost of one's own, and one's own levels: "I jog and I swim twice a week", "they
    // charge me $80 for the cream", "the supplement is supposed to help my cholesterol numbers".
    String.raw`\bi (?:do |also |usually |still |try to )?(?:jogs?|swim|bike|cycle|hike|work out|lift weights|play (?:golf|tennis|soccer|basketball|football|pickleball|hockey))\b|\bi sign(?:ed)? up for\b`,
    String.raw`\b(?:charging|charged|charge|billed|bill|cost) me\b`,
    // One's own work and one's own symptoms as they come on, which speech recognition's run-on turns
    // leave inside the clinician's: "I'm working at the warehouse as a picker", "I've been coughing
    // all night", "I do get pain when I climb stairs".
    String.raw`\bi(?:'m| am|'ve been| have been)? (?:work|worked|working) (?:at|for|as|from home|nights|night shifts|construction)\b`,
    String.raw`\bi(?:'ve| have)? (?:been )?(?:coughing|wheezing|sneezing|vomiting|throwing up|peeing|urinating)\b`,
    String.raw`\bi (?:do |also |still |usually |sometimes )?get (?:pain|short of breath|tired|heartburn|cramps|sore)\b`,
    String.raw`\bmy (?:[a-z0-9-]+ )?(?:levels|numbers|blood work|hormones|readings)\b`,
  ].join('|'),
  'i',
);

/** Whether a sentence attributed to the clinician is the patient's own account of themselves. */
export function isPatientAccount(text: string): boolean {
  return PATIENT_ACCOUNT.test(text) || isPatientHistoryAccount(text) || takesOwnMedicine(text);
}
