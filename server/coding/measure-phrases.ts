/**
 * An organ's function, numbers or levels name what is measured, not a finding ("we'll check your
 * kidney function", "your thyroid levels look good"): coded only when the words say it is abnormal
 * ("decreased kidney function", "your liver numbers are a bit high" is the lab finding's own words).
 */
const MEASURE =
  /\b(?:function|functions|numbers|levels?|counts?|values?|results?|panel|labs?|tests?|workup)$/i;
const ABNORMAL =
  /\b(?:decreased|reduced|impaired|abnormal|poor|low|lower|declining|worsening|worse|bad|elevated|raised|high|higher|increased|abnormally|diminished|failing|borderline)\b/i;

/** Whether a mention's words name a measure, with nothing in them or just before them saying it is abnormal. */
export function namesOnlyAMeasure(words: string, before: string): boolean {
  if (!MEASURE.test(words.trim())) return false;
  const lastWords = before.trim().split(/\s+/).slice(-2).join(' ');
  return !ABNORMAL.test(words) && !ABNORMAL.test(lastWords);
}
