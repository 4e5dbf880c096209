/** A validation issue: a zod issue on this side, or one listed in a problem+json answer. */
export interface FieldIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

const lastKey = (path: readonly PropertyKey[]) => String(path.at(-1) ?? '');

/** One issue as a sentence an administrator can act on (never "sections.0.title: Too small…"). */
export function issueInWords(issue: FieldIssue): string {
  const key = lastKey(issue.path);
  const min = Number(issue.minimum ?? /(?:>=|at least )(\d+)/.exec(issue.message)?.[1] ?? Number.NaN);
  const max = Number(issue.maximum ?? /(?:<=|at most )(\d+)/.exec(issue.message)?.[1] ?? Number.NaN);
  const tooSmall = issue.code === 'too_small' || /too small/i.test(issue.message);
  const tooBig = issue.code === 'too_big' || /too big/i.test(issue.message);
  const badFormat = issue.code === 'invalid_format' || /invalid (string|url)|must match/i.test(issue.message);
  if (key === 'sections' && tooSmall) return 'Add at least one section.';
  if (key === 'sections' && tooBig) return `At most ${max} sections.`;
  if (tooSmall)
    return min <= 1 ? 'Required: this cannot be empty.' : `Too short: at least ${min} characters.`;
  if (tooBig) return `Too long: at most ${max} characters.`;
  if (badFormat && key === 'id')
    return 'Use lowercase letters, digits and dashes, starting with a letter (for example chief-complaint).';
  if (badFormat && (issue.format === 'url' || key === 'origin'))
    return 'Enter the full address, such as https://ehr.example.org.';
  if (badFormat && key === 'modelId') return 'Letters, digits, dots, dashes and underscores only.';
  const text = issue.message.trim();
  return text
    ? `${text[0]!.toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`
    : 'Check this field.';
}

/** The first issue of each field, in words, keyed by its path (`sections.0.title`). */
export function fieldErrorsOf(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    out[path] ??= issueInWords(issue);
  }
  return out;
}
