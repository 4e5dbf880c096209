import { normalizeNumbers } from './numbers.js';

const REPLACEMENTS: Array<[RegExp, string]> = [
  [/\s+([,.?!;:%])/g, '$1'],
  [/\bgon na\b/gi, 'going to'],
  [/\bwan na\b/gi, 'want to'],
  [/\bgot ta\b/gi, 'got to'],
  [/\b(ca|do|does|did|is|are|was|were|have|has|had|would|could|should|wo) n't\b/gi, "$1n't"],
  // Cut-off words from speech recognition ("l- let") and hesitations.
  [/\b[a-z]{1,3}-(?=\s|,)/gi, ''],
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
  [/(^|[\s,])(yeah|yep|yup|nope|okay|ok|alright|all right|gotcha)\b[,.]?(?=\s|$)/gi, '$1'],
  [/\b(you know|i mean|you see)\b,?/gi, ''],
  [/,?\s*\b(okay|ok|right|alright|all right)\s*\??\s*$/gi, ''],
  [/\b(actually|really|just|pretty much),?\s/gi, ''],
  [/\blike,\s/gi, ''],
  [/,\s*like\s/gi, ' '],
  [/\b(go ahead and|i guess|to be honest|if you will)\s/gi, ''],
  [/\ba little bit\b/gi, 'a little'],
  // Stutters: "i , i" / "your, your" / "the the".
  [/\b([a-z']+)(?:,?\s+\1\b)+/gi, '$1'],
];

const LEADING =
  /^(?:(?:so|and|and then|then|well|okay|ok|alright|all right|yeah|yes|now|oh|but|anyway|right|great|good|um|uh|because|cause|also)\b[,.]?\s*)+/i;

/**
 * Remove disfluencies and discourse markers, join tokenised punctuation and write numbers as
 * digits, keeping the clinical words as spoken.
 */
export function cleanSpeech(text: string): string {
  let s = ` ${text} `;
  for (const [re, to] of REPLACEMENTS) s = s.replace(re, to);
  s = s.replace(/\s{2,}/g, ' ').trim();
  s = s.replace(LEADING, '');
  s = normalizeNumbers(s);
  return s
    .replace(/^[,.;:\s]+/, '')
    .replace(/[,;:\s]+$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
