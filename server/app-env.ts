import type { Role } from '../shared/api/auth.js';
import type { CodeSuggestion } from '../shared/clinical/codes.js';
import type { NoteContent } from '../shared/clinical/note.js';
import type { RecordedSex } from '../shared/clinical/offline/index.js';
import type { TemplateBody } from '../shared/clinical/template.js';
import type { TranscriptSegment } from '../shared/clinical/transcript.js';
import type { Db } from './db/client.js';
import type { AppConfig } from './env.js';
import type { Logger } from './logging/logger.js';
import type { AdminRepository } from './repository/admin-repository.js';
import type { ClinicalRepository } from './repository/clinical-repository.js';

export interface DraftInput {
  segments: TranscriptSegment[];
  template: TemplateBody;
  /** `sex` as recorded on the patient's identity: the note's pronoun comes from it, never from the talk. */
  patient?: { displayName?: string | null; mrn?: string; sex?: RecordedSex };
  mode?: 'auto' | 'offline' | 'llm';
  /** Aborted when the client has gone: a draft still waiting for a worker is dropped, not drafted. */
  signal?: AbortSignal;
}

export interface DraftOutput {
  content: NoteContent;
  codes: CodeSuggestion[];
  engine: 'offline' | 'llm';
  warnings: string[];
}

/** Turns a transcript into a draft note and code suggestions (offline or through an LLM). */
export interface Drafter {
  draft(input: DraftInput): Promise<DraftOutput>;
}

export interface AppDeps {
  db: Db;
  clock: () => Date;
  config: AppConfig;
  logger: Logger;
  drafter: Drafter;
}

export interface AuthUser {
  id: string;
  role: Role;
  email: string;
  displayName: string;
  sessionId: string;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    db: Db;
    user: AuthUser;
    requestId: string;
    /** Patient data for this request's user (set after sign-in). */
    repo: ClinicalRepository;
    /** Templates, users and break-glass grants for this request's user (set after sign-in). */
    admin: AdminRepository;
  };
}
