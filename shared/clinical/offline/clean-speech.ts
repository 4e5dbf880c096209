import { withoutRepeats } from '../quality/repeats.js';
import { withoutAsrDisfluency } from './asr-disfluency.js';
import { withoutDanglingStart } from './dangling-start.js';
import { memoizedInDraft } from './draft-memo.js';
import { NUMBER_WORD_ALTERNATION, normalizeNumbers } from './numbers.js';
import { withoutPausedCommas } from './paused-commas.js';
import { replacingInTurn } from './rule-gate.js';
import { withoutSpeakerPhrases } from './speaker-phrases.js';
import { withSpokenDecimals } from './spoken-decimals.js';

const REPLACEMENTS: Array<[RegExp, string]> = [
  [/\s+([,.?!;:%])/g, '$1'],
  [/\bgon na\b/gi, 'going to'],
  [/\bwan na\b/gi, 'want to'],
  [/\bgot ta\b/gi, 'got to'],
  [/\b(ca|do|does|did|is|are|was|were|have|has|had|would|could|should|wo) n't\b/gi, "$1n't"],
  // Cut-off words from speech recognition ("l- let") and hesitations.
  [/\b[a-z]{1,3}-(?=\s|,)/gi, ''],
  // A stutter written with a hyphen ("i-i'd like", "th-the knee", "w-we will"), and "I-" cut off and
  // run into the next word ("I-plan to"): "I" is no prefix.
  [/\b([a-z]{1,3})-(?=\1)/gi, ''],
  [/\bi-(?=[a-z]{2,}|a\b)/gi, ''],
  // A longer word cut off by an interruption ("in the past-") is still the word.
  [/\b([a-z]{4,})-(?=\s)/gi, '$1'],
  [/\b(um+|uh+|uhm|hmm+|mm+|ah|uh-huh|mm-hmm)\b[,.]?/gi, ''],
  [/,\s*(you know|i mean|you see)\b,?|^\s*(you know|i mean),?|\b(you know|i mean),/gi, ''],
  [/\b(kind of|sort of|kinda|sorta|basically|literally|like i said|so to speak)\b,?/gi, ''],
  [/\bgonna\b/gi, 'going to'],
  // Speech recognition's "lem me" for "let me".
  [/\blem me\b/gi, 'let me'],
  [/\bwanna\b/gi, 'want to'],
  // Mid-sentence acknowledgements and fillers ("it's yeah it's not going away", "you know").
  // How the patient has been ("I've been okay", "doing all right") is an answer, not a filler.
  [
    /(^|[\s,])(?:yeah|yep|yup|nope|gotcha|(?<!\b(?:been|doing|feel|feels|feeling|felt)\s)(?:okay|ok|alright|all right))\b[,.]?(?=\s|$)/gi,
    '$1',
  ],
  // Not "let you know" (an offer to tell the patient something).
  [/(?<!\blet\s)\b(you know|i mean|you see)\b,?/gi, ''],
  [
    // A tag question ("..., right?"), never a side ("worse on the right", "to her right").
    /,?\s*\b(?:(?<!\b(?:the|your|my|his|her|their|to|far|upper|lower)\s)right|(?<!\b(?:been|doing|feel|feels|feeling|felt)\s)(?:okay|ok|alright|all right))\s*\??\s*$/gi,
    '',
  ],
  [/\b(actually|really|just|pretty much),?\s/gi, ''],
  // "I'd like, to see her back": the wish, said across a pause.
  [/\b(i'd|we'd|you'd|would|should) like,\s/gi, '$1 like '],
  [/\blike,\s/gi, ''],
  // "like" as a pause ("at like about 60", "like lately") and exclamations.
  [/\blike (?=(?:about|around|maybe|approximately|lately|literally|\d))/gi, ''],
  [/\b(?:oh my gosh|oh my god|gosh|jeez|wow|geez)\b,?\s*/gi, ''],
  // Asking the listener to wait: "hang on", "hold on a second" (not "hold on to the rail").
  [/\b(?:hang on|hold on)(?: (?:a|one|just a) (?:second|sec|minute|moment))?\b(?! to\b),?\s*/gi, ''],
  [/\b(and|but|so) like\b/gi, '$1'],
  // A pause between the speaker and their verb, written by speech recognition as a comma or a word
  // ("i , want to order a lipid panel", "i like will prescribe", "we uh need to"): the clause as
  // meant, so that the first person is read with its verb. "i , i'm" is a restart: the one said last.
  [/\bi\s*,\s+(?=(?:(?:and|but|so)\s+)?(?:i\b|i'))/gi, ''],
  [/\bi\s*,\s+(?=[a-z])/gi, 'i '],
  [
    /\b((?:i|we)(?:'m|'ll|'d|'ve|'re)|(?:i|we)\s+(?:am|will|would|do|did|have|had|can|could|should|want|wanted|need|needed|was|were|are)(?:\s+not|n't)?)\s*,\s+(?=[a-z])(?!(?:your|his|her|their|the|a|an|my|our|it|that|this|these|those|she|he|they|we|you|i|and|but|so|or|because|if|when|then|though|too|as|okay|ok|right|well|now)\b)/gi,
    '$1 ',
  ],
  [
    /\b(i|we|you|he|she|they)\s+(?:like|so|uh|um)\s*,?\s+(?=(?:will|would|want|wanted|am|have|had|do|did|can|could|should|need|think|was|were|also|going|gon)\b)/gi,
    '$1 ',
  ],
  // "excuse me" left at the end of what was said (the correction was made before it).
  [/[,\s]*\b(?:excuse|pardon) me\s*[,.!]?\s*$/i, ' '],
  // Dictation to the recorder ("paragraph, impression").
  [/\b(?:new |next )?paragraph\b[,.]?\s*/gi, ''],
  [/,\s*like\s/gi, ' '],
  [/\b(go ahead and|i guess|to be honest|if you will)\s/gi, ''],
  // "a little bit of fluid" is some fluid; "a little of fluid" is no English.
  [/\ba little (?:bit )?of (?=(?:the|that|this|those|these|it|his|her|their|my|your)\b)/gi, 'some of '],
  [/\ba little (?:bit )?of\b/gi, 'some'],
  [/\ba little bit\b/gi, 'a little'],
  // "I'm going to go ahead increase the dose": the decision, without the run-up to it.
  [/\bgo ahead\s+(?!(?:with|if|and|then|now|today|tomorrow|so)\b)(?=[a-z]{3,}\b)/gi, ''],
  // Vague tails that add nothing ("no fracture or anything like that").
  [
    /,?\s+(?:or|and) (?:anything|something|stuff|things|everything|whatnot|what not)(?: (?:like that|of that sort|else))?\b/gi,
    '',
  ],
  [/,?\s+(?:and|or) what not\b/gi, ''],
  // A phrase restarted after a few small words ("she needs to give any, to give her any iron", "pain
  // in the, pain in the knee"): what the speaker restarted with.
  [/\b(\w+ \w+)(?: (?:any|a|an|the|some|her|his|their|him|it|that|this|to|my|your))+,\s+(?=\1\b)/gi, ''],
  // Stutters: "i , i" / "your, your" / "the the". Not number words: "two fifty fifty one puff" is
  // 250/50 and one puff (withoutRepeats drops a number said twice outside a run of numbers).
  [new RegExp(`\\b(?!(?:${NUMBER_WORD_ALTERNATION})\\b)([a-z']+)(?:,?\\s+\\1\\b)+`, 'gi'), '$1'],
];

// Each replacement only looked for in a sentence with the words it needs (rule-gate.ts).
const REPLACEMENTS_IN_TURN = replacingInTurn(REPLACEMENTS);

const SORRY =
  /[,\s]*\b(?:(?:or|oh)\s+)?(?:(?:i'm|i am) sorry|excuse me|pardon me),?\s+(?!to hear|about|for\b)(?=([a-z']+))/i;

/**
 * A self-correction keeps what the speaker corrected to: "a sprain or i'm sorry a strain of the
 * ligament" → "a strain of the ligament" (back to where the corrected phrase began, when the
 * correction opens with the same word within a few words; else only the apology goes).
 */
function corrected(text: string): string {
  const m = SORRY.exec(text);
  if (!m?.[1]) return text;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const restart = new RegExp(`\\b${m[1]}\\b(?![\\s\\S]*\\b${m[1]}\\b)`, 'i').exec(before);
  const cut =
    restart && (before.slice(restart.index).match(/\S+/g)?.length ?? 99) <= 6 ? restart.index : before.length;
  return corrected(`${before.slice(0, cut)}${cut === before.length ? ' ' : ''}${after}`);
}

// Discourse markers opening a sentence; "because of" opens a reason ("because of the cough she
// could not sleep"), and without its "because" the sentence would start on "of".
const LEADING =
  /^(?:(?:so|and|and then|then|well|okay|ok|alright|all right|yeah|yes|now|oh|but|anyway|right|great|good|um|uh|because(?! of\b)|cause(?! of\b)|also|like)\b[,.]?\s*)+/i;

/**
 * Remove disfluencies and discourse markers, join tokenised punctuation and write numbers as
 * digits, keeping the clinical words as spoken. A draft cleans most sentences several times: the
 * result is remembered for the draft (draft-memo.ts).
 */
export const cleanSpeech = memoizedInDraft(cleanSpeechOnce);

function cleanSpeechOnce(text: string): string {
  let s = ` ${withoutSpeakerPhrases(withoutAsrDisfluency(withSpokenDecimals(text)))} `;
  s = withoutPausedCommas(REPLACEMENTS_IN_TURN(s));
  // Restarts: a phrase said again ("there is no, there is no swelling", "when i when i look").
  s = corrected(withoutRepeats(s));
  s = s.replace(/\s{2,}/g, ' ').trim();
  s = s.replace(LEADING, '');
  s = normalizeNumbers(s);
  return withoutDanglingStart(
    s
      .replace(/^[,.;:\s]+/, '')
      .replace(/[,;:\s]+$/, '')
      .replace(/\s{2,}/g, ' ')
      .trim(),
  );
}
