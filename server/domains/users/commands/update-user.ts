import type { z } from 'zod';
import type { userPatchBody } from '../../../../common/schemas/users.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { changedFields, writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { endAllSessions } from '../../auth/sessions.js';
import { findOrganisation } from '../../organisations/organisations.queries.js';
import { findUser } from '../users.queries.js';

/** Edits an account; disabling it or changing its roles ends all its sessions at once. */
export async function updateUser(tx: Tx, actor: AnyActor, idOrEmail: string, patch: z.infer<typeof userPatchBody>) {
  const before = await findUser(tx, idOrEmail);
  if (actor.kind === 'user' && before.id === actor.userId && (patch.status === 'disabled' || patch.roles)) {
    // An admin cannot lock themselves out or change their own reach.
    throw new DomainError('CONFLICT');
  }
  if (patch.organisationId) await findOrganisation(tx, patch.organisationId);
  const { roles, ...fields } = patch;
  const diff: Record<string, unknown> = changedFields(before as unknown as Record<string, unknown>, fields);
  if (Object.keys(fields).length) {
    await tx.updateTable('appUser').set({ ...fields, updatedAt: new Date() }).where('id', '=', before.id).execute();
  }
  const newRoles = roles ? [...new Set(roles)].sort() : null;
  if (newRoles && newRoles.join() !== [...before.roles].sort().join()) {
    await tx.deleteFrom('userRole').where('userId', '=', before.id).execute();
    await tx.insertInto('userRole').values(newRoles.map((role) => ({ tenantId: actor.tenantId, userId: before.id, role }))).execute();
    diff.roles = [before.roles, newRoles];
  }
  if (diff.status || diff.roles) diff.sessionsEnded = await endAllSessions(tx, actor.tenantId, before.id);
  if (Object.keys(diff).length) await writeAudit(tx, actor, { action: 'user.update', entity: 'user', entityId: before.id, diff });
  return findUser(tx, before.id);
}
