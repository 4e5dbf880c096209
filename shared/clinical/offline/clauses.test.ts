import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.js';
import type { SentenceUnit } from './units.js';

const unit = (text: string): SentenceUnit => ({
  seq: 0,
  start: 0,
  end: text.length,
  text,
  speaker: 'clinician',
  isQuestion: false,
});

describe('splitClauses', () => {
  it("cuts a long run-on before the clinician's next act", () => {
    const parts = splitClauses(
      unit(
        'her weight is up four pounds since the last visit and her ankles are puffy i pulled up her echo from march and it is unchanged',
      ),
    ).map((u) => u.text);
    expect(parts).toContain('i pulled up her echo from march and it is unchanged');
  });

  it('never cuts after "as" or "when", which leave the clause before them hanging', () => {
    const parts = splitClauses(
      unit(
        'her blood pressure and heart rate are both good numbers today as i listened to her chest it was clear all the way down',
      ),
    ).map((u) => u.text);
    expect(parts.some((p) => /\bas$/.test(p))).toBe(false);
  });
});
