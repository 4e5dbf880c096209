import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplates, getBuiltinTemplate } from '../../shared/clinical/templates/index.js';
import type { Database } from '../db/client.js';
import { templates, templateVersions } from '../db/schema/index.js';
import { createTestDatabase, testDatabaseKinds } from '../test-support/test-db.js';
import { ensureBuiltinTemplates, resolvePublishedTemplate } from './templates.service.js';

describe.each(testDatabaseKinds())('resolvePublishedTemplate (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await ensureBuiltinTemplates(database.db, builtinTemplates, new Date());
  });
  afterAll(() => database?.close());

  it('resolves by key (soap by default) and by id to the latest published version, not a newer draft', async () => {
    const { template, version } = await resolvePublishedTemplate(database.db, {});
    expect(template.key).toBe('soap');
    expect(version).toMatchObject({ version: 1, status: 'published', templateId: template.id });
    const body = getBuiltinTemplate('soap');
    await database.db.insert(templateVersions).values([
      { templateId: template.id, version: 2, status: 'published', body, publishedAt: new Date() },
      { templateId: template.id, version: 3, status: 'draft', body },
    ]);
    expect((await resolvePublishedTemplate(database.db, { templateKey: 'soap' })).version.version).toBe(2);
    expect((await resolvePublishedTemplate(database.db, { templateId: template.id })).version.version).toBe(
      2,
    );
  });

  it('answers not_found for an unknown template and conflict for one never published', async () => {
    await expect(resolvePublishedTemplate(database.db, { templateKey: 'nope' })).rejects.toMatchObject({
      code: 'not_found',
    });
    const [draftOnly] = await database.db
      .insert(templates)
      .values({ key: 'draft-only', builtin: 0 })
      .returning();
    await database.db
      .insert(templateVersions)
      .values({ templateId: draftOnly!.id, version: 1, status: 'draft', body: getBuiltinTemplate('soap') });
    await expect(resolvePublishedTemplate(database.db, { templateKey: 'draft-only' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
