import { hc } from 'hono/client';
import type { AppType } from '../../../server/app.js';
import { auditLogSchema, auditVerifyResponseSchema } from '../../../shared/api/audit.responses.js';
import { loginResponseSchema, userSchema } from '../../../shared/api/auth.js';
import {
  type EhrInsertMode,
  ehrInsertOverrideSchema,
  ehrInsertSchema,
  ehrTextSchema,
} from '../../../shared/api/ehr-insert.js';
import {
  appendSegmentsResponseSchema,
  encounterListSchema,
  encounterSchema,
  segmentListSchema,
} from '../../../shared/api/encounters.responses.js';
import {
  draftResponseSchema,
  noteSchema,
  reviewQueueSchema,
  versionDetailSchema,
  versionListSchema,
} from '../../../shared/api/notes.responses.js';
import {
  templateListSchema,
  templateSchema,
  templateVersionSchema,
} from '../../../shared/api/templates.responses.js';
import { userListSchema } from '../../../shared/api/users.responses.js';
import type { NoteContent } from '../../../shared/clinical/note.js';
import type { TemplateBody } from '../../../shared/clinical/template.js';
import { isAppError } from '../../../shared/errors.js';
import { expectJson, expectOk } from './http.js';

const isRetryable = (e: unknown) => isAppError(e) && e.code === 'network_unavailable';

import { type OrgSettings, orgSettingsResponseSchema } from '../../../shared/api/org-settings.js';
import { catalogSchema } from './schemas.js';
import type { CreateEncounterRequest, TranscriptSegmentInput } from './types.js';

/** Typed client of the Scribe API (hono `hc` over the server's AppType, responses zod-validated). */
export function createScribeApi(baseUrl: string, token?: string, fetchImpl: typeof fetch = fetch) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const client = hc<AppType>(baseUrl.replace(/\/+$/, ''), {
    headers,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetchImpl(input, init),
  });
  const ifMatch = (version: number) => ({ headers: { ...headers, 'if-match': `"${version}"` } });
  const note = (_id: string) => client.notes[':id'];

  return {
    login: async (email: string, password: string) =>
      (await expectJson(client.auth.login.$post({ json: { email, password } }), loginResponseSchema)).data,
    logout: async () => {
      await expectOk(client.auth.logout.$post());
    },
    me: async () => (await expectJson(client.me.$get(), userSchema)).data,

    /**
     * Starts an encounter under an Idempotency-Key: when the answer is lost on the way back, one
     * retry with the same key gets the encounter the server created instead of a second one.
     */
    createEncounter: async (req: CreateEncounterRequest, idempotencyKey: string = crypto.randomUUID()) => {
      const send = () =>
        expectJson(
          client.encounters.$post(
            { json: req },
            { headers: { ...headers, 'idempotency-key': idempotencyKey } },
          ),
          encounterSchema,
        );
      return (await send().catch((e: unknown) => (isRetryable(e) ? send() : Promise.reject(e)))).data;
    },
    listEncounters: async () =>
      (await expectJson(client.encounters.$get({ query: {} }), encounterListSchema)).data.encounters,
    completeEncounter: async (id: string) =>
      (await expectJson(client.encounters[':id'].complete.$post({ param: { id } }), encounterSchema)).data,
    appendSegments: async (id: string, segments: TranscriptSegmentInput[]) =>
      (
        await expectJson(
          client.encounters[':id'].segments.$post({ param: { id }, json: { segments } }),
          appendSegmentsResponseSchema,
        )
      ).data,
    listSegments: async (id: string) =>
      (await expectJson(client.encounters[':id'].segments.$get({ param: { id } }), segmentListSchema)).data
        .segments,

    /** Says who spoke an `unknown` line (null withdraws it); answers the transcript with new guesses. */
    correctSpeaker: async (
      encounterId: string,
      seq: number,
      role: 'clinician' | 'patient' | 'other' | null,
      roleVersion: number,
    ) =>
      (
        await expectJson(
          client.encounters[':id'].segments[':seq'].role.$put(
            { param: { id: encounterId, seq: String(seq) }, json: { role } },
            ifMatch(roleVersion),
          ),
          segmentListSchema,
        )
      ).data.segments,
    /** Drafts the note again from its transcript as the next version of `version` (the one on screen). */
    redraft: async (noteId: string, version: number, mode: 'auto' | 'offline' | 'llm' = 'auto') =>
      (
        await expectJson(
          note(noteId).redraft.$post({ param: { id: noteId }, json: { mode } }, ifMatch(version)),
          draftResponseSchema,
        )
      ).data,

    draft: async (encounterId: string, templateKey: string, mode: 'auto' | 'offline' | 'llm' = 'auto') =>
      (
        await expectJson(
          client.encounters[':id'].draft.$post({ param: { id: encounterId }, json: { templateKey, mode } }),
          draftResponseSchema,
        )
      ).data,
    getEncounter: async (id: string) =>
      (await expectJson(client.encounters[':id'].$get({ param: { id } }), encounterSchema)).data,
    /** Drafts awaiting review, or signed notes not yet inserted into the EHR. */
    reviewQueue: async (list: 'drafts' | 'signed-not-inserted' = 'drafts') =>
      (
        await expectJson(
          client.notes.$get({
            query: list === 'drafts' ? { status: 'draft' } : { status: 'signed', notInserted: 'true' },
          }),
          reviewQueueSchema,
        )
      ).data.notes,
    /** The note as EHR text (status line first) and the patient the chart must show. */
    ehrText: async (id: string, codes: 'accepted' | 'none') =>
      (await expectJson(note(id)['ehr-text'].$get({ param: { id }, query: { codes } }), ehrTextSchema)).data,
    /** Records (and audits, high severity) a reasoned decision to insert into a non-matching chart. */
    overrideInsertPatientCheck: async (id: string, chartMrn: string | null, reason: string) =>
      (
        await expectJson(
          note(id)['ehr-insert-overrides'].$post({ param: { id }, json: { chartMrn, reason } }),
          ehrInsertOverrideSchema,
        )
      ).data,
    recordInsert: async (
      id: string,
      body: { version: number; mode: EhrInsertMode; chartMrn: string | null; overrideId: string | null },
    ) =>
      (await expectJson(note(id)['ehr-inserts'].$post({ param: { id }, json: body }), ehrInsertSchema)).data,
    getNote: async (id: string) => (await expectJson(note(id).$get({ param: { id } }), noteSchema)).data,
    saveNote: async (id: string, content: NoteContent, version: number) =>
      (await expectJson(note(id).$put({ param: { id }, json: { content } }, ifMatch(version)), noteSchema))
        .data,
    signNote: async (id: string, version: number) =>
      (await expectJson(note(id).sign.$post({ param: { id } }, ifMatch(version)), noteSchema)).data,
    addAddendum: async (id: string, text: string) =>
      (await expectJson(note(id).addenda.$post({ param: { id }, json: { text } }), noteSchema)).data,
    listVersions: async (id: string) =>
      (await expectJson(note(id).versions.$get({ param: { id } }), versionListSchema)).data.versions,
    getVersion: async (id: string, version: number) =>
      (
        await expectJson(
          note(id).versions[':version'].$get({ param: { id, version: String(version) } }),
          versionDetailSchema,
        )
      ).data,
    decideCode: async (id: string, codeId: string, status: 'accepted' | 'rejected' | 'suggested') =>
      (
        await expectJson(
          note(id).codes[':codeId'].$patch({ param: { id, codeId }, json: { status } }),
          noteSchema,
        )
      ).data,

    listTemplates: async () => (await expectJson(client.templates.$get(), templateListSchema)).data.templates,
    createTemplate: async (key: string, body: TemplateBody) =>
      (await expectJson(client.templates.$post({ json: { key, body } }), templateSchema)).data,
    addTemplateVersion: async (id: string, body: TemplateBody) =>
      (
        await expectJson(
          client.templates[':id'].versions.$post({ param: { id }, json: { body } }),
          templateVersionSchema,
        )
      ).data,
    publishTemplateVersion: async (id: string, version: number) =>
      (
        await expectJson(
          client.templates[':id'].versions[':version'].publish.$post({
            param: { id, version: String(version) },
          }),
          templateVersionSchema,
        )
      ).data,

    listUsers: async () => (await expectJson(client.users.$get(), userListSchema)).data.users,
    auditEvents: async (limit: number) =>
      (await expectJson(client.audit.$get({ query: { limit: String(limit) } }), auditLogSchema)).data.events,
    verifyAudit: async () => (await expectJson(client.audit.verify.$get(), auditVerifyResponseSchema)).data,

    orgSettings: async () =>
      (await expectJson(client['org-settings'].$get(), orgSettingsResponseSchema)).data,
    saveOrgSettings: async (settings: OrgSettings, version: number) =>
      (
        await expectJson(
          client['org-settings'].$put({ json: { settings } }, ifMatch(version)),
          orgSettingsResponseSchema,
        )
      ).data,

    /** The model catalog the server offers (no sign-in needed). */
    modelCatalog: async () =>
      (await expectJson(fetchImpl(`${baseUrl.replace(/\/+$/, '')}/models/catalog.json`), catalogSchema)).data,
  };
}

export type ScribeApi = ReturnType<typeof createScribeApi>;
