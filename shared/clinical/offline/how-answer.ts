/**
 * How the patient says they are, before what they go on to tell: "Not great, my ankles are swollen",
 * "Pretty rough, I haven't slept" (speech recognition: "not great my ankles are swollen"). The
 * greeting's answer is conversation; what follows it is the history. "Worse" and "better" say how a
 * problem went and stay.
 */
const HOW =
  /^(?:(?:honestly|well|oh|um|uh)\s*,?\s+)*(?:not (?:great|good|so good|so great|too good|too great|too well|so well|very good|very well|the best|bad|too bad|so bad)|pretty (?:good|bad|rough|awful|terrible)|so-so|so so|rough|terrible|awful|fine|meh)(?:\s*(?:,|;|\.|!|-{1,2})\s*|\s+(?=(?:i|i'm|i've|i'd|my|his|her|their|he|she|they|he's|she's|they're|the|it's|it)\b))(?=\S)/i;

/** The sentence without the how-are-you answer that opens it, when more than that was said. */
export function withoutHowAnswer(text: string): string {
  const m = HOW.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return rest.split(/\s+/).length >= 3 ? rest : text;
}
