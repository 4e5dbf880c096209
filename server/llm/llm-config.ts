import { z } from 'zod';

/** Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp…). */
export const llmConfigSchema = z.object({
  baseURL: z.string().url(),
  apiKey: z.string().default(''),
  model: z.string().min(1),
  /** Per attempt; the client aborts a request that takes longer. */
  timeoutMs: z.number().int().min(100).max(600_000).default(60_000),
  /** Retries of 408/409/429/5xx and connection errors, with the client's backoff. */
  maxRetries: z.number().int().min(0).max(5).default(2),
  /** Replace names, MRNs, phones, emails and dates before sending; 'auto' = on unless the host is local. */
  minimisePhi: z.union([z.boolean(), z.literal('auto')]).default('auto'),
});
export type LlmConfig = z.input<typeof llmConfigSchema>;
export type ResolvedLlmConfig = z.output<typeof llmConfigSchema>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0']);

/** Loopback endpoints (a model on this machine) keep the transcript on the machine anyway. */
export function isLocalEndpoint(baseURL: string): boolean {
  const host = new URL(baseURL).hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Whether PHI minimisation applies to this configuration. */
export function shouldMinimisePhi(config: ResolvedLlmConfig): boolean {
  return config.minimisePhi === 'auto' ? !isLocalEndpoint(config.baseURL) : config.minimisePhi;
}
