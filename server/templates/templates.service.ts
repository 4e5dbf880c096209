import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { TemplateBody } from '../../shared/clinical/template.js';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { templates, templateVersions } from '../db/schema/index.js';

type TemplateRow = typeof templates.$inferSelect;
export type TemplateVersionRow = typeof templateVersions.$inferSelect;
type VersionRow = TemplateVersionRow;

export const toVersionDto = (v: VersionRow) => ({
  id: v.id,
  version: v.version,
  status: v.status,
  body: v.body,
  publishedAt: v.publishedAt?.toISOString() ?? null,
});

export const toTemplateDto = (
  t: TemplateRow,
  published: VersionRow | undefined,
  versions?: VersionRow[],
) => ({
  id: t.id,
  key: t.key,
  builtin: t.builtin === 1,
  published: published ? toVersionDto(published) : null,
  ...(versions ? { versions: versions.map(toVersionDto) } : {}),
});

/** Seeds the built-in templates once (published v1); later admin edits are left alone. */
export async function ensureBuiltinTemplates(
  db: Executor,
  builtins: ReadonlyArray<{ key: string; body: TemplateBody }>,
  now: Date,
): Promise<void> {
  for (const b of builtins) {
    const [t] = await db
      .insert(templates)
      .values({ key: b.key, builtin: 1 })
      .onConflictDoNothing({ target: templates.key })
      .returning();
    if (t) {
      await db
        .insert(templateVersions)
        .values({ templateId: t.id, version: 1, status: 'published', body: b.body, publishedAt: now });
    }
  }
}

export async function latestPublished(db: Executor, templateId: string): Promise<VersionRow | undefined> {
  const [v] = await db
    .select()
    .from(templateVersions)
    .where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.status, 'published')))
    .orderBy(desc(templateVersions.version))
    .limit(1);
  return v;
}

/**
 * The published version to draft or write a note with, by template id or key (default: soap): the
 * template and its latest published version in one query.
 */
export async function resolvePublishedTemplate(
  db: Executor,
  ref: { templateId?: string; templateKey?: string },
) {
  const where = ref.templateId
    ? eq(templates.id, ref.templateId)
    : eq(templates.key, ref.templateKey ?? 'soap');
  const [row] = await db
    .select({ template: templates, version: templateVersions })
    .from(templates)
    .leftJoin(
      templateVersions,
      and(eq(templateVersions.templateId, templates.id), eq(templateVersions.status, 'published')),
    )
    .where(where)
    .orderBy(desc(templateVersions.version))
    .limit(1);
  if (!row) throw new AppError('not_found', 'No such template');
  if (!row.version) throw new AppError('conflict', 'This template has no published version yet');
  return { template: row.template, version: row.version };
}

export async function listTemplates(db: Executor, includeDrafts: boolean) {
  const rows = await db.select().from(templates).orderBy(asc(templates.key));
  const result = [];
  for (const t of rows) {
    const published = await latestPublished(db, t.id);
    if (!published && !includeDrafts) continue;
    const versions = includeDrafts
      ? await db
          .select()
          .from(templateVersions)
          .where(eq(templateVersions.templateId, t.id))
          .orderBy(asc(templateVersions.version))
      : undefined;
    result.push(toTemplateDto(t, published, versions));
  }
  return result;
}

export async function createTemplate(db: Executor, key: string, body: TemplateBody, userId: string) {
  const [t] = await db
    .insert(templates)
    .values({ key, createdBy: userId })
    .onConflictDoNothing({ target: templates.key })
    .returning();
  if (!t) throw new AppError('conflict', 'A template with this key already exists');
  const [v] = await db
    .insert(templateVersions)
    .values({ templateId: t.id, version: 1, status: 'draft', body, createdBy: userId })
    .returning();
  return toTemplateDto(t, undefined, [v!]);
}

export async function addTemplateVersion(
  db: Executor,
  templateId: string,
  body: TemplateBody,
  userId: string,
) {
  const [t] = await db.select().from(templates).where(eq(templates.id, templateId)).limit(1);
  if (!t) throw new AppError('not_found', 'No such template');
  const [{ value } = { value: 0 }] = await db
    .select({ value: max(templateVersions.version) })
    .from(templateVersions)
    .where(eq(templateVersions.templateId, templateId));
  const [v] = await db
    .insert(templateVersions)
    .values({ templateId, version: (value ?? 0) + 1, status: 'draft', body, createdBy: userId })
    .returning();
  return toVersionDto(v!);
}

export async function publishTemplateVersion(db: Executor, templateId: string, version: number, now: Date) {
  const [v] = await db
    .update(templateVersions)
    .set({ status: 'published', publishedAt: now })
    .where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.version, version)))
    .returning();
  if (!v) throw new AppError('not_found', 'No such template version');
  return toVersionDto(v);
}

/** One template: its published version, and for admins every version (drafts included). */
export async function readTemplate(db: Executor, id: string, isAdmin: boolean) {
  const [t] = await db.select().from(templates).where(eq(templates.id, id)).limit(1);
  if (!t) throw new AppError('not_found', 'No such template');
  const published = await latestPublished(db, id);
  if (!published && !isAdmin) throw new AppError('not_found', 'No such template');
  const versions = isAdmin
    ? await db
        .select()
        .from(templateVersions)
        .where(eq(templateVersions.templateId, id))
        .orderBy(asc(templateVersions.version))
    : undefined;
  return toTemplateDto(t, published, versions);
}
