import type { AuditEventView } from '../../../common/schemas/audit.js';
import type { AuditEventRecord } from './audit.queries.js';

/** Explicit whitelist of what leaves the server about an audit event (never hashes or tenant ids). */
export function presentAuditEvent(e: AuditEventRecord): AuditEventView {
  return {
    seq: Number(e.seq),
    occurredAt: new Date(e.occurredAt).toISOString(),
    actor: { id: e.actorUserId, displayName: e.actorDisplayName ?? null },
    organisationId: e.actorOrgId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    requestId: e.requestId,
    diff: (e.diff ?? null) as Record<string, unknown> | null,
  };
}
