import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the fake endpoint. */
export type ScriptedReply =
  | { kind: 'content'; content: string }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'hang' };

export interface ReceivedRequest {
  path: string;
  authorization: string | undefined;
  body: unknown;
  raw: string;
}

/**
 * A real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions protocol with scripted
 * replies, so tests exercise the real client (retries, timeouts, parsing) end to end.
 */
export class FakeOpenAiServer {
  readonly requests: ReceivedRequest[] = [];
  private readonly replies: ScriptedReply[] = [];
  private readonly hanging = new Set<ServerResponse>();
  private server: Server | undefined;

  /** Replies are used in order; when they run out the server answers 500. */
  script(...replies: ScriptedReply[]): this {
    this.replies.push(...replies);
    return this;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v1`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    this.requests.push({
      path: req.url ?? '',
      authorization: req.headers.authorization,
      body: JSON.parse(raw),
      raw,
    });
    const reply = this.replies.shift() ?? { kind: 'status', status: 500 };
    if (reply.kind === 'hang') {
      this.hanging.add(res);
      return;
    }
    if (reply.kind === 'status') {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify({ error: { message: `scripted ${reply.status}`, type: 'server_error' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: `chatcmpl-${this.requests.length}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: 'fake-model',
        choices: [
          {
            index: 0,
            finish_reason: 'stop',
            message: { role: 'assistant', content: reply.content, refusal: null },
          },
        ],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  }
}
