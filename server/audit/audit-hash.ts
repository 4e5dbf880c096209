import { createHash, createHmac } from 'node:crypto';
import type { AuditKey } from './audit-keys.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields an event's hash covers, as stored. */
export interface HashedEvent {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  patientId: string | null;
  outcome: string;
  requestId: string | null;
  severity: string;
}

export interface ChainPosition {
  keyId: string;
  shard: number;
  seq: number;
  prevHash: string;
}

const fieldsOf = (e: HashedEvent) => [
  e.at.toISOString(),
  e.actorId,
  e.actorRole,
  e.action,
  e.entityType,
  e.entityId,
  e.patientId,
  e.outcome,
  e.requestId,
  e.severity,
];

const keyedCanonical = (p: ChainPosition, e: HashedEvent) =>
  JSON.stringify(['scribe-audit-v2', p.keyId, p.shard, p.seq, p.prevHash, ...fieldsOf(e)]);

/** HMAC-SHA256 of the event and its place in its shard's chain. */
export const keyedEventHash = (key: AuditKey, p: ChainPosition, e: HashedEvent): string =>
  createHmac('sha256', key.secret).update(keyedCanonical(p, e)).digest('hex');

/** What someone without the key could compute over the same canonical form: never a valid hash. */
export const plainEventHash = (p: ChainPosition, e: HashedEvent): string =>
  createHash('sha256').update(keyedCanonical(p, e)).digest('hex');

/** The unkeyed formula of events written before keyed chains (key id 'legacy'). */
export const legacyEventHash = (prevHash: string, e: HashedEvent): string =>
  createHash('sha256')
    .update(JSON.stringify([prevHash, ...fieldsOf(e)]))
    .digest('hex');
