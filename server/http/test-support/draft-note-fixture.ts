import { json, type TestContext } from '../../test-support/test-app.js';

/** An encounter of the test clinician for patient `mrn`, with an empty SOAP draft note. */
export async function createEncounterWithNote(
  t: TestContext,
  mrn: string,
): Promise<{ encounter: string; note: string }> {
  const enc = await json(
    await t.call('POST', '/encounters', {
      token: t.tokens.clinician,
      body: { patient: { mrn }, consent: { attested: true, method: 'verbal' } },
    }),
  );
  const note = await json(
    await t.call('POST', `/encounters/${enc.id}/notes`, {
      token: t.tokens.clinician,
      body: { templateKey: 'soap' },
    }),
  );
  return { encounter: enc.id as string, note: note.id as string };
}
