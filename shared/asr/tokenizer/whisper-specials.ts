/**
 * Whisper's special-token layout (openai/whisper tokenizer.py): appended after the BPE ranks in this
 * order. The language list order fixes the ids; 99 languages for all models before large-v3, which
 * added Cantonese ('yue') as the 100th.
 */
export const WHISPER_LANGUAGE_CODES: readonly string[] = (
  'en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr ' +
  'bg lt la mi ml cy sk te fa lv bn sr az sl kn et mk br eu is hy ne mn bs kk sq sw gl mr pa si km sn ' +
  'yo so af oc ka be tg sd gu am yi lo uz fo ht ps tk nn mt sa lb my bo tl mg as tt haw ln ha ba jw su ' +
  'yue'
).split(' ');

/** Timestamps run from 0.00 to 30.00 s in 20 ms steps: 1501 tokens. */
export const TIMESTAMP_COUNT = 1501;
export const TIMESTAMP_STEP_SECONDS = 0.02;

/** '<|12.34|>' for timestamp index i, formatted with integer arithmetic so it never rounds wrongly. */
export function timestampToken(index: number): string {
  const hundredths = index * 2;
  return `<|${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}|>`;
}

/** Special tokens in id order, starting right after the BPE vocabulary. */
export function whisperSpecialTokens(numLanguages: number): string[] {
  return [
    '<|endoftext|>',
    '<|startoftranscript|>',
    ...WHISPER_LANGUAGE_CODES.slice(0, numLanguages).map((code) => `<|${code}|>`),
    '<|translate|>',
    '<|transcribe|>',
    '<|startoflm|>',
    '<|startofprev|>',
    '<|nospeech|>',
    '<|notimestamps|>',
    ...Array.from({ length: TIMESTAMP_COUNT }, (_, i) => timestampToken(i)),
  ];
}
