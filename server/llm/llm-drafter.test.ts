import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import type { LlmConfig } from './llm-config.js';
import { draftWithLlm } from './llm-drafter.js';
import { FakeOpenAiServer } from './test-support/fake-openai-server.js';
import {
  consultation,
  conversationalAnswer,
  patient,
  soapTemplate,
  unlabelledConsultation,
  validAnswer,
} from './test-support/llm-test-fixtures.js';

describe('draftWithLlm against a real OpenAI-protocol HTTP server', () => {
  let server: FakeOpenAiServer;
  let config: LlmConfig;
  beforeEach(async () => {
    server = new FakeOpenAiServer();
    const baseURL = await server.start();
    config = {
      baseURL,
      apiKey: 'sk-test',
      model: 'fake-model',
      timeoutMs: 2_000,
      maxRetries: 0,
      minimisePhi: true,
    };
  });
  afterEach(async () => {
    await server.stop();
  });

  const draft = (overrides: Partial<LlmConfig> = {}) =>
    draftWithLlm({ ...config, ...overrides }, { segments: consultation, template: soapTemplate, patient });

  const reasonOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('llm_unavailable');
    return (error as AppError).details?.reason;
  };

  it('sends a structured-output request without patient name or MRN and restores them in the note', async () => {
    server.script({ kind: 'content', content: JSON.stringify(validAnswer) });
    const result = await draft();

    const request = server.requests[0];
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe('Bearer sk-test');
    expect(request?.raw).not.toMatch(/Whitfield|Eleanor|88442211/);
    expect(request?.raw).toContain('[NAME_1]');
    const body = request?.body as {
      model: string;
      response_format: { type: string };
      messages: Array<{ content: string }>;
    };
    expect(body.model).toBe('fake-model');
    expect(body.response_format.type).toBe('json_schema');
    expect(body.messages[1]?.content).toContain('[1] (patient) I have had a cough for two weeks');
    expect(body.messages[1]?.content).toContain('One problem per sentence.');

    const [subjective, assessment] = result.content.sections;
    expect(result.content.drafter).toBe('llm');
    expect(subjective?.sentences[0]).toMatchObject({
      text: 'Whitfield reports a cough for two weeks with fever.',
      support: 'supported',
      evidence: [{ seq: 1, start: 13, end: 32 }],
    });
    expect(assessment?.sentences.map((s) => s.evidence)).toEqual([
      [{ seq: 2, start: 56, end: 72 }],
      [{ seq: 2, start: 0, end: consultation[2]?.text.length }],
    ]);
    expect(result.codes.map((c) => c.code)).toEqual(['J20.9', 'I10', 'X99.999']);
  });

  it('sends an unlabelled transcript with likely roles and asks the model to attribute speakers', async () => {
    server.script({ kind: 'content', content: JSON.stringify(conversationalAnswer) });
    const result = await draftWithLlm(config, { segments: unlabelledConsultation, template: soapTemplate });
    const body = server.requests[0]?.body as { messages: Array<{ content: string }> };
    const [system, user] = body.messages;
    expect(system?.content).toMatch(/"unknown" was recorded without a speaker label/);
    expect(system?.content).toMatch(/No second person/);
    expect(system?.content).toMatch(/never "The patient will prescribe"/);
    expect(user?.content).toContain('[0] (unknown, likely clinician) What brings you in this morning?');
    expect(user?.content).toContain('[1] (unknown, likely patient) I');
    // What the model still wrote as conversation reaches the clinician flagged, not as finished prose.
    const [subjective, assessment] = result.content.sections;
    expect(subjective?.sentences[0]?.review).toBeUndefined();
    expect(assessment?.sentences[0]?.review).toMatch(/second-person/);
  });

  it('gives the model the sex recorded on the encounter for pronouns, never one guessed from the talk', async () => {
    // The patient mentions a husband: nothing the model may take a sex from.
    const talk = unlabelledConsultation.map((s) =>
      s.seq === 1 ? { ...s, text: `${s.text} My husband had the same last week.` } : s,
    );
    const userMessage = async (sex?: 'female' | 'male') => {
      server.script({ kind: 'content', content: JSON.stringify(conversationalAnswer) });
      await draftWithLlm(config, {
        segments: talk,
        template: soapTemplate,
        patient: { mrn: '5512', ...(sex ? { sex } : {}) },
      });
      const body = server.requests.at(-1)?.body as { messages: Array<{ content: string }> };
      expect(body.messages[0]?.content).toMatch(/never infer sex or gender from the conversation/);
      return body.messages[1]?.content ?? '';
    };
    expect(await userMessage('male')).toContain('Patient sex as recorded on the encounter: male. Use he/him');
    expect(await userMessage('female')).toContain(
      'Patient sex as recorded on the encounter: female. Use she/her',
    );
    const unrecorded = await userMessage();
    expect(unrecorded).toContain('Patient sex: not recorded on the encounter. Write "the patient"');
    expect(unrecorded).not.toMatch(/she\/her|he\/him/);
    expect(unrecorded).toContain('[1] (unknown, likely patient) I');
  });

  it("sends a clinician's speaker correction as certain, and no guess for that line", async () => {
    server.script({ kind: 'content', content: JSON.stringify(conversationalAnswer) });
    const corrected = unlabelledConsultation.map((s) =>
      s.seq === 1 ? { ...s, correctedRole: 'other' as const } : s,
    );
    await draftWithLlm(config, { segments: corrected, template: soapTemplate });
    const body = server.requests[0]?.body as { messages: Array<{ content: string }> } | undefined;
    const user = body?.messages[1];
    expect(user?.content).toContain('[1] (other, as corrected by the clinician) I');
    expect(user?.content).toContain('[0] (unknown, likely clinician) What brings you in this morning?');
  });

  it('sends identifiers unchanged to a loopback endpoint under minimisePhi auto', async () => {
    server.script({ kind: 'content', content: JSON.stringify(validAnswer) });
    await draft({ minimisePhi: 'auto' });
    expect(server.requests[0]?.raw).toContain('Whitfield');
  });

  it('asks for the assessment and plan per problem and keeps the problem headings the model marks', async () => {
    const perProblem = {
      sections: [
        {
          id: 'subjective',
          sentences: [
            // Marked as a heading outside the assessment and plan: plain prose there.
            { text: 'Cough.', heading: true, evidence: [{ seq: 1, quote: 'cough' }], assertion: null },
          ],
        },
        {
          id: 'assessment',
          sentences: [
            {
              text: 'Acute bronchitis:',
              heading: true,
              evidence: [{ seq: 2, quote: 'acute bronchitis' }],
              assertion: 'present',
            },
            {
              text: 'Likely viral; supportive care.',
              heading: false,
              evidence: [{ seq: 2, quote: null }],
              assertion: null,
            },
            {
              text: 'Hypertension',
              heading: true,
              evidence: [{ seq: 2, quote: 'high blood pressure' }],
              assertion: 'present',
            },
            // A whole paragraph marked as a heading is no name: kept as prose.
            {
              text: 'Controlled. Continue current dose.',
              heading: true,
              evidence: [{ seq: 2, quote: null }],
              assertion: null,
            },
            // A model that leaves the field out still drafts.
            { text: 'Blood pressure is controlled.', evidence: [{ seq: 2, quote: null }], assertion: null },
          ],
        },
      ],
      codes: [],
    };
    server.script({ kind: 'content', content: JSON.stringify(perProblem) });
    const result = await draft();
    const body = server.requests[0]?.body as {
      messages: Array<{ content: string }>;
      response_format: { json_schema: { schema: unknown } };
    };
    expect(body.messages[0]?.content).toMatch(/heading sentence that names the problem/);
    expect(JSON.stringify(body.response_format.json_schema.schema)).toContain('"heading"');
    const [subjective, assessment] = result.content.sections;
    expect(subjective?.sentences[0]?.heading).toBeUndefined();
    expect(assessment?.sentences.map((s) => [s.text, s.heading === true])).toEqual([
      ['Acute bronchitis', true],
      ['Likely viral; supportive care.', false],
      ['Hypertension', true],
      ['Controlled. Continue current dose.', false],
      ['Blood pressure is controlled.', false],
    ]);
    // A heading is a name, not a fragment to reword.
    expect(assessment?.sentences[2]?.review).toBeUndefined();
  });

  it('keeps a sentence whose evidence is made up, flagged unsupported with no evidence', async () => {
    const madeUp = {
      sections: [
        {
          id: 'assessment',
          sentences: [
            {
              text: 'Pneumonia confirmed on chest X-ray.',
              evidence: [{ seq: 42, quote: 'x-ray' }],
              assertion: 'present',
            },
            {
              text: 'Acute bronchitis.',
              evidence: [{ seq: 2, quote: 'not in the segment' }],
              assertion: 'present',
            },
          ],
        },
      ],
      codes: [],
    };
    server.script({ kind: 'content', content: JSON.stringify(madeUp) });
    const result = await draft();
    const sentences = result.content.sections.find((s) => s.id === 'assessment')?.sentences ?? [];
    expect(sentences[0]).toMatchObject({
      text: 'Pneumonia confirmed on chest X-ray.',
      support: 'unsupported',
      evidence: [],
    });
    expect(sentences[1]).toMatchObject({ support: 'supported', evidence: [{ seq: 2, start: 0 }] });
    expect(result.unsupportedSentences).toBe(1);
  });

  it('rejects invalid JSON and schema-violating answers', async () => {
    server.script({ kind: 'content', content: '{"sections": [' });
    expect(await reasonOf(draft())).toBe('invalid response');
    server.script({ kind: 'content', content: JSON.stringify({ sections: 'none' }) });
    expect(await reasonOf(draft())).toBe('invalid response');
    server.script({
      kind: 'content',
      content: JSON.stringify({ sections: [{ id: 'nope', sentences: [] }], codes: [] }),
    });
    expect(await reasonOf(draft())).toBe('invalid response');
  });

  it('retries a 429 then succeeds within maxRetries', async () => {
    server.script(
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '10' } },
      { kind: 'content', content: JSON.stringify(validAnswer) },
    );
    const result = await draft({ maxRetries: 1 });
    expect(server.requests).toHaveLength(2);
    expect(result.content.sections[1]?.sentences).toHaveLength(2);
  });

  it('gives up after maxRetries on 429 and 500', async () => {
    server.script(
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '10' } },
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '10' } },
    );
    expect(await reasonOf(draft({ maxRetries: 1 }))).toBe('rate limited');
    expect(server.requests).toHaveLength(2);
    server.script({ kind: 'status', status: 500 });
    expect(await reasonOf(draft())).toBe('server error');
  });

  it('times out a hanging endpoint', async () => {
    server.script({ kind: 'hang' });
    const started = Date.now();
    expect(await reasonOf(draft({ timeoutMs: 300 }))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports an unreachable endpoint', async () => {
    await server.stop();
    expect(await reasonOf(draft({ baseURL: 'http://127.0.0.1:9/v1' }))).toBe('unreachable');
  });
});
