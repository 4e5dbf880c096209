import type { NoteContent, NoteSection } from '../note.js';

/** Header lines printed above the note; all optional, none required to export. */
export interface NoteExportMeta {
  title?: string;
  patientName?: string;
  mrn?: string;
  encounterDate?: string;
  author?: string;
  status?: 'draft' | 'preliminary' | 'final';
  signedAt?: string;
  /** 'bullets' puts each sentence on its own line; default paragraphs. */
  style?: 'paragraphs' | 'bullets';
}

function metaLines(meta: NoteExportMeta): string[] {
  const lines: string[] = [];
  if (meta.patientName) lines.push(`Patient: ${meta.patientName}`);
  if (meta.mrn) lines.push(`MRN: ${meta.mrn}`);
  if (meta.encounterDate) lines.push(`Date: ${meta.encounterDate}`);
  if (meta.author) lines.push(`Author: ${meta.author}`);
  if (meta.status) lines.push(`Status: ${meta.status}`);
  if (meta.signedAt) lines.push(`Signed: ${meta.signedAt}`);
  return lines;
}

const nonEmpty = (sections: readonly NoteSection[]) =>
  sections.filter((s) => s.sentences.some((x) => x.text.trim()));

/**
 * A section's body: sentences as one paragraph (or one line each, as bullets); a problem heading
 * starts a new line of its own, "Pneumonia:", and its sentences follow it (indented as bullets).
 */
function sectionBody(
  section: NoteSection,
  style: NoteExportMeta['style'],
  escaped: (text: string) => string = (t) => t,
): string {
  const lines: string[] = [];
  let paragraph: string[] = [];
  let underHeading = false;
  const flush = () => {
    if (paragraph.length) lines.push(paragraph.join(' '));
    paragraph = [];
  };
  const said = section.sentences.filter((s) => s.text.trim());
  for (const [i, s] of said.entries()) {
    const text = s.text.trim();
    if (s.heading) {
      flush();
      underHeading = true;
      // A problem with nothing said under it is named, not announced ("Reflux.").
      const alone = i + 1 >= said.length || said[i + 1]?.heading === true;
      const label = `${escaped(text.replace(/[.:]+$/, ''))}${alone ? '.' : ':'}`;
      if (style === 'bullets') lines.push(label);
      else paragraph.push(label);
    } else if (style === 'bullets') lines.push(`${underHeading ? '  ' : ''}- ${escaped(text)}`);
    else paragraph.push(escaped(text));
  }
  flush();
  return lines.join('\n');
}

/** Plain text for pasting into any EHR text box: UPPERCASE headings, sentences as paragraphs or lines. */
export function noteToText(content: NoteContent, meta: NoteExportMeta = {}): string {
  const blocks: string[] = [];
  const head = [...(meta.title ? [meta.title] : []), ...metaLines(meta)];
  if (head.length) blocks.push(head.join('\n'));
  for (const section of nonEmpty(content.sections)) {
    blocks.push(`${section.title.toUpperCase()}\n${sectionBody(section, meta.style)}`);
  }
  return `${blocks.join('\n\n')}\n`;
}

// Characters that would turn note text into Markdown structure.
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]#<>|])/g, '\\$1')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-+]) /, '\\$1 ');
}

/** Markdown: "## Section" headings, sentences as paragraphs or bullets; note text escaped. */
export function noteToMarkdown(content: NoteContent, meta: NoteExportMeta = {}): string {
  const blocks: string[] = [];
  if (meta.title) blocks.push(`# ${escapeMarkdown(meta.title)}`);
  const lines = metaLines(meta).map((l) => `- ${escapeMarkdown(l)}`);
  if (lines.length) blocks.push(lines.join('\n'));
  for (const section of nonEmpty(content.sections)) {
    const body = sectionBody(section, meta.style, escapeMarkdown).replace(/\n(?! *- )/g, '\n\n');
    blocks.push(`## ${escapeMarkdown(section.title)}\n\n${body}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
