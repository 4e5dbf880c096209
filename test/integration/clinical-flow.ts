import { expect } from 'vitest';

type Call = (
  method: string,
  path: string,
  opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
) => Promise<Response>;

/** Creates a fetch-based caller against a running server. */
export const httpCaller =
  (baseUrl: string): Call =>
  (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  };

interface NoteBody {
  id: string;
  status: string;
  integrity: string;
  contentHash: string;
  code: string;
  inserted: number[];
  unchanged: number[];
  addenda: unknown[];
  content: {
    sections: { sentences: { id: string; text: string; evidence: unknown[]; support: string }[] }[];
  };
}
const body = async (res: Response) => (await res.json()) as NoteBody;

/**
 * The clinician's whole day in one flow: encounter with consent → transcript segments (with a
 * replayed batch) → note from the SOAP template → edit with If-Match (and a stale edit refused)
 * → sign → edits refused → addendum.
 */
export async function runClinicalFlow(
  call: Call,
  token: string,
): Promise<{ noteId: string; encounterId: string }> {
  const enc = await call('POST', '/encounters', {
    token,
    body: {
      patient: { mrn: 'MRN-1001', displayName: 'Pat Example' },
      consent: { attested: true, method: 'verbal' },
    },
  });
  expect(enc.status).toBe(201);
  const encounter = await body(enc);

  const segments = [
    { seq: 0, startMs: 0, endMs: 4000, speaker: 'clinician', text: 'What brings you in today?' },
    { seq: 1, startMs: 4000, endMs: 9000, speaker: 'patient', text: 'I have had a headache for three days.' },
  ];
  const up = await call('POST', `/encounters/${encounter.id}/segments`, { token, body: { segments } });
  expect(up.status).toBe(201);
  expect((await body(up)).inserted).toEqual([0, 1]);
  const replay = await call('POST', `/encounters/${encounter.id}/segments`, { token, body: { segments } });
  expect(replay.status).toBe(200);
  expect((await body(replay)).unchanged).toEqual([0, 1]);

  const created = await call('POST', `/encounters/${encounter.id}/notes`, {
    token,
    body: { templateKey: 'soap' },
  });
  expect(created.status).toBe(201);
  const note = await body(created);
  expect(created.headers.get('etag')).toBe('"1"');
  const content = note.content;
  content.sections[0]!.sentences.push({
    id: 'e1',
    text: 'Reports headache for 3 days.',
    evidence: [{ seq: 1, start: 0, end: 37 }],
    support: 'edited',
  });

  const edited = await call('PUT', `/notes/${note.id}`, {
    token,
    body: { content },
    headers: { 'if-match': '"1"' },
  });
  expect(edited.status).toBe(200);
  expect(edited.headers.get('etag')).toBe('"2"');
  const stale = await call('PUT', `/notes/${note.id}`, {
    token,
    body: { content },
    headers: { 'if-match': '"1"' },
  });
  expect(stale.status).toBe(412);
  expect((await body(stale)).code).toBe('precondition_failed');

  const signed = await call('POST', `/notes/${note.id}/sign`, { token, headers: { 'if-match': '"2"' } });
  expect(signed.status).toBe(200);
  const signedNote = await body(signed);
  expect(signedNote.status).toBe('signed');
  expect(signedNote.integrity).toBe('valid');
  expect(signedNote.contentHash).toMatch(/^[0-9a-f]{64}$/);

  const afterSign = await call('PUT', `/notes/${note.id}`, {
    token,
    body: { content },
    headers: { 'if-match': '"2"' },
  });
  expect(afterSign.status).toBe(409);
  expect((await body(afterSign)).code).toBe('note_signed');

  const addendum = await call('POST', `/notes/${note.id}/addenda`, {
    token,
    body: { text: 'Patient called back: headache resolved.' },
  });
  expect(addendum.status).toBe(201);
  const final = await body(await call('GET', `/notes/${note.id}`, { token }));
  expect(final.addenda).toHaveLength(1);
  expect(final.integrity).toBe('valid');
  expect(final.content.sections[0]!.sentences[0]!.text).toBe('Reports headache for 3 days.');
  return { noteId: note.id, encounterId: encounter.id };
}
