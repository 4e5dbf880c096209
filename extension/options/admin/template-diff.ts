import type { TemplateBody, TemplateSection } from '../../../shared/clinical/template.js';

/** One change between two template versions, in words (what a clinician's notes will look like differently). */
export interface TemplateChange {
  kind: 'added' | 'removed' | 'changed' | 'moved';
  text: string;
}

const sectionFields: Array<[keyof TemplateSection, string]> = [
  ['title', 'title'],
  ['description', 'description'],
  ['guidance', 'guidance for the AI drafter'],
];

/** What publishing `next` changes compared with `published` (everything is new when nothing is published). */
export function templateDiff(published: TemplateBody | undefined, next: TemplateBody): TemplateChange[] {
  if (!published)
    return [{ kind: 'added', text: `First published version: ${next.sections.length} sections.` }];
  const changes: TemplateChange[] = [];
  if (published.name !== next.name)
    changes.push({ kind: 'changed', text: `Name: “${published.name}” → “${next.name}”` });
  if (published.specialty !== next.specialty)
    changes.push({ kind: 'changed', text: `Specialty: “${published.specialty}” → “${next.specialty}”` });
  if (published.style !== next.style)
    changes.push({ kind: 'changed', text: `Style: ${published.style} → ${next.style}` });
  const before = new Map(published.sections.map((s, i) => [s.id, { s, i }]));
  const after = new Map(next.sections.map((s, i) => [s.id, { s, i }]));
  for (const [id, { s }] of before)
    if (!after.has(id)) changes.push({ kind: 'removed', text: `Section removed: ${s.title}` });
  for (const [id, { s, i }] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({ kind: 'added', text: `Section added: ${s.title}` });
      continue;
    }
    for (const [field, label] of sectionFields) {
      if (old.s[field] !== s[field])
        changes.push({
          kind: 'changed',
          text: `${s.title}: ${label} changed (“${String(old.s[field])}” → “${String(s[field])}”)`,
        });
    }
    const was = old.s.rules.categories.join(', ');
    const now = s.rules.categories.join(', ');
    if (was !== now)
      changes.push({
        kind: 'changed',
        text: `${s.title}: offline drafter facts ${was || 'none'} → ${now || 'none'}`,
      });
    if (old.i !== i)
      changes.push({ kind: 'moved', text: `${s.title}: moved from position ${old.i + 1} to ${i + 1}` });
  }
  return changes;
}
