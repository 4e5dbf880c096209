import type { Role } from '../../shared/api/auth.js';
import { AppError, isAppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import { type AuditShardHold, holdingAuditShard, recordAudit } from '../audit/audit.service.js';
import { type Db, type Executor, withoutTransaction } from '../db/client.js';
import { claimIdempotencyKey, completeIdempotencyKey, type IdempotencyRequest } from '../http/idempotency.js';
import type { AuditEntityType, RepositoryAuditAction } from './audit-actions.js';

/** Who is asking, and where: what a repository is created with, once per request. */
export interface RequestIdentity {
  db: Db;
  user: AuthUser;
  clock: () => Date;
  requestId: string | null;
}

/** What a unit of work attempts; audited as a success, or as a denial when access is refused. */
export interface Attempt {
  action: RepositoryAuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
}

export interface AuditOutcome {
  /** Overrides the attempt's action (e.g. the export format, a broken-integrity read). */
  action?: RepositoryAuditAction;
  entityType?: AuditEntityType;
  entityId?: string | null;
  patientId?: string | null;
  severity?: 'normal' | 'high';
}

// A refused access, as opposed to a conflict or bad input: audited even though the work rolls back.
const denialCodes = new Set(['not_found', 'forbidden']);

/**
 * One transaction of one request: the handle every repository query runs on, the user it runs for
 * and the moment it runs at. The success audit is written last, by `audited`.
 */
export class Work {
  /** The patient the attempt concerns, once known: recorded on a denial too. */
  patientId: string | null = null;
  private auditedOutcome = false;

  constructor(
    readonly tx: Executor,
    readonly identity: RequestIdentity,
    readonly now: Date,
    readonly attempt: Attempt,
    /** The audit shard the transaction appended to, kept until it ends. */
    private readonly auditShard: AuditShardHold = {},
  ) {}

  get user(): AuthUser {
    return this.identity.user;
  }

  /** Refuses (403, audited) unless the user has one of the roles. */
  requireRole(...roles: Role[]): void {
    if (!roles.includes(this.user.role))
      throw new AppError('forbidden', `This action needs the ${roles.join(' or ')} role`);
  }

  /** Writes the success audit event of this unit; `T` passes through so callers can end with it. */
  async audited<T>(value: T, outcome: AuditOutcome = {}): Promise<T> {
    await this.record({
      action: outcome.action ?? this.attempt.action,
      entityType: outcome.entityType ?? this.attempt.entityType,
      entityId: outcome.entityId !== undefined ? outcome.entityId : (this.attempt.entityId ?? null),
      patientId: outcome.patientId !== undefined ? outcome.patientId : this.patientId,
      severity: outcome.severity ?? 'normal',
    });
    this.auditedOutcome = true;
    return value;
  }

  /** An extra event inside this unit (e.g. a break-glass use), besides its outcome. */
  async record(
    e: Required<Omit<AuditOutcome, 'action' | 'entityType'>> & {
      action: RepositoryAuditAction;
      entityType: AuditEntityType;
    },
  ): Promise<void> {
    await recordAudit(
      this.tx,
      {
        at: this.now,
        actorId: this.user.id,
        actorRole: this.user.role,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        patientId: e.patientId,
        outcome: 'success',
        requestId: this.identity.requestId,
        severity: e.severity,
      },
      this.auditShard,
    );
  }

  get wasAudited(): boolean {
    return this.auditedOutcome;
  }
}

/**
 * Runs `fn` in one transaction. A refused access (404 hiding a record, 403) is audited as `denied`
 * in its own short transaction, so the trace survives the rollback; a unit that returns without
 * writing its success audit is a bug and fails instead of committing unaudited.
 */
export function perform<T>(
  identity: RequestIdentity,
  attempt: Attempt,
  fn: (w: Work) => Promise<T>,
): Promise<T> {
  return performOn(identity, attempt, fn, (work) => identity.db.transaction(work));
}

/**
 * `perform` for a unit that only reads (its audit events are its only writes): the reads and the
 * audit append run as statements of their own, with no transaction around them. Under READ
 * COMMITTED a transaction gave the reads no common snapshot anyway; without it a read costs one
 * protocol call (PGlite) or two round trips (PostgreSQL) fewer, and no shard head stays locked
 * while this process, busy with other requests, gets round to committing. On PGlite the
 * statements still run together, in one turn of its one connection. The response still goes out
 * only once audited.
 */
export function performRead<T>(
  identity: RequestIdentity,
  attempt: Attempt,
  fn: (w: Work) => Promise<T>,
): Promise<T> {
  return performOn(identity, attempt, fn, (work) => withoutTransaction(identity.db, work));
}

async function performOn<T>(
  identity: RequestIdentity,
  attempt: Attempt,
  fn: (w: Work) => Promise<T>,
  run: (work: (tx: Executor) => Promise<T>) => Promise<T>,
): Promise<T> {
  const now = identity.clock();
  let work: Work | undefined;
  try {
    return await holdingAuditShard((hold) =>
      run(async (tx) => {
        work = new Work(tx, identity, now, attempt, hold);
        const value = await fn(work);
        if (!work.wasAudited) throw new AppError('internal', `Unaudited repository action ${attempt.action}`);
        return value;
      }),
    );
  } catch (e) {
    if (isAppError(e) && denialCodes.has(e.code)) await recordDenial(identity, attempt, now, work?.patientId);
    // A note refused for the wrong patient's chart: the attempt itself is a safety event.
    if (isAppError(e) && e.code === 'wrong_patient')
      await recordDenial(identity, attempt, now, work?.patientId, 'high');
    throw e;
  }
}

/** Audits a refused attempt (outcome `denied`) in its own transaction; `user` null: nobody signed in. */
export async function recordDenial(
  identity: Pick<RequestIdentity, 'db' | 'requestId'> & { user: Pick<AuthUser, 'id' | 'role'> | null },
  attempt: Attempt,
  at: Date,
  patientId: string | null | undefined,
  severity: 'normal' | 'high' = 'normal',
): Promise<void> {
  await holdingAuditShard((hold) =>
    identity.db.transaction((tx) =>
      recordAudit(
        tx,
        {
          at,
          actorId: identity.user?.id ?? null,
          actorRole: identity.user?.role ?? null,
          action: attempt.action,
          entityType: attempt.entityType,
          entityId: attempt.entityId ?? null,
          patientId: patientId ?? null,
          outcome: 'denied',
          requestId: identity.requestId,
          severity,
        },
        hold,
      ),
    ),
  );
}

/** A created resource, or the one an earlier request with the same Idempotency-Key created. */
export interface Created<T> {
  value: T;
  replayed: boolean;
}

/**
 * `perform` for a create: with an Idempotency-Key the key is claimed in the same transaction, and a
 * repeat re-reads (and audits reading) the resource the first request created.
 */
export function performCreate<T extends { id: string }>(
  identity: RequestIdentity,
  attempt: Attempt,
  idempotency: IdempotencyRequest | undefined,
  create: (w: Work) => Promise<T>,
  reread: (w: Work, id: string) => Promise<T>,
): Promise<Created<T>> {
  return perform(identity, attempt, async (w) => {
    if (!idempotency) return { value: await create(w), replayed: false };
    const prior = await claimIdempotencyKey(w.tx, w.user.id, idempotency, w.now);
    if (prior) return { value: await reread(w, prior.resourceId), replayed: true };
    const value = await create(w);
    await completeIdempotencyKey(w.tx, w.user.id, idempotency, { status: 201, resourceId: value.id });
    return { value, replayed: false };
  });
}
