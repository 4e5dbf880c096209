import type { LlmConfig } from '../llm-config.js';
import { FakeOpenAiServer } from './fake-openai-server.js';

/** A started fake OpenAI-compatible server and the drafter's config for it (1 s timeout, no retries). */
export async function startFakeLlm(): Promise<{ server: FakeOpenAiServer; llm: LlmConfig }> {
  const server = new FakeOpenAiServer();
  const llm: LlmConfig = {
    baseURL: await server.start(),
    apiKey: 'k',
    model: 'm',
    timeoutMs: 1_000,
    maxRetries: 0,
    minimisePhi: true,
  };
  return { server, llm };
}
