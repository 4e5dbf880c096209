/** One sentence of a reference note, and whether it stands as a heading (a problem, a complaint). */
export interface ReferenceSentence {
  text: string;
  heading: boolean;
}

// "• Medical Reasoning: ...", "Cardiovascular: ...": the label is the note's structure, not prose.
const LINE_LABEL = /^(?:[•*-]\s*)?(?:[A-Z][A-Za-z0-9 /&,()-]{1,40}:\s+)?/;

/**
 * The sentences of a reference note, the yardstick for the prose-defect checker: section headings
 * (lines in capitals) left out, bullets and field labels stripped, and a short line standing on its
 * own ("Congestive heart failure.", "Annual exam.") kept as a heading.
 */
export function referenceSentences(note: string): ReferenceSentence[] {
  const out: ReferenceSentence[] = [];
  for (const raw of note.split(/\n+/)) {
    const line = raw.trim();
    if (!/[a-z]/.test(line)) continue;
    const unnumbered = line.replace(/^\d+\.\s+/, '');
    const body = unnumbered.replace(LINE_LABEL, '').trim();
    if (!body) continue;
    // Written prose: a sentence ends at its full stop before a capital or a digit.
    const spans = body
      .split(/(?<=[.?!])(?<!\b(?:Mr|Mrs|Ms|Dr|St)\.)\s+(?=[A-Z0-9])/)
      .filter((s) => /\w/.test(s));
    // A field's value ("Abdomen: Soft. Nontender.") is as telegraphic as a heading, by design.
    const labelled = body !== unnumbered;
    const heading = labelled || (spans.length === 1 && body.split(/\s+/).length <= 6);
    for (const text of spans) out.push({ text, heading });
  }
  return out;
}
