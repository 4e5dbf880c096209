/** A piece of a window between two timestamp tokens. */
export interface TimedText {
  startS: number;
  endS: number;
  tokens: number[];
}

/**
 * Splits a timestamp-mode token list (<|t0|> text <|t1|> <|t1|> text <|t2|> …) into timed pieces,
 * seconds relative to the window start. Text after an unclosed timestamp runs to `windowEndS`.
 */
export function splitTimestampedTokens(
  tokens: readonly number[],
  timestampBeginId: number,
  windowEndS: number,
): TimedText[] {
  const seconds = (id: number) => (id - timestampBeginId) * 0.02;
  const pieces: TimedText[] = [];
  let start: number | undefined;
  let text: number[] = [];
  for (const id of tokens) {
    if (id < timestampBeginId) {
      text.push(id);
    } else if (start === undefined || text.length === 0) {
      start = seconds(id); // an opening timestamp (a repeated one re-opens at the same time)
    } else {
      pieces.push({ startS: start, endS: seconds(id), tokens: text });
      start = undefined;
      text = [];
    }
  }
  if (text.length > 0) pieces.push({ startS: start ?? 0, endS: windowEndS, tokens: text });
  return pieces;
}
