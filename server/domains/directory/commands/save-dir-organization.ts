import type { OrganizationInput } from '../../../../common/schemas/directory.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { createdFields, diffFields, recordMetadata } from '../metadata.js';
import { findDirOrganization } from '../organizations.queries.js';
import { fromStoredTranslations, toStoredTranslations } from '../translations.js';

/** Linked organisations must exist in the tenant (RLS makes other tenants' ids look unknown). */
async function checkLinks(tx: Tx, input: OrganizationInput, selfId?: string): Promise<void> {
  if (input.approdoOrganisationId) {
    const org = await tx.selectFrom('organisation').select('id').where('id', '=', input.approdoOrganisationId).executeTakeFirst();
    if (!org) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.approdoOrganisationId', code: 'invalid_value' }]);
  }
  if (input.parentOrganizationId) {
    const parent = await tx.selectFrom('dirOrganization').select('id').where('id', '=', input.parentOrganizationId).executeTakeFirst();
    if (!parent || input.parentOrganizationId === selfId) {
      throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.parentOrganizationId', code: 'invalid_value' }]);
    }
  }
}

function columns(input: OrganizationInput) {
  const { translations, ...rest } = input;
  return { ...rest, ...(translations !== undefined ? { translations: JSON.stringify(toStoredTranslations(translations)) } : {}) };
}

export async function createDirOrganization(tx: Tx, actor: AnyActor, input: OrganizationInput & { name: string }) {
  await checkLinks(tx, input);
  const row = await tx
    .insertInto('dirOrganization')
    .values({ ...columns(input), name: input.name, tenantId: actor.tenantId })
    .returningAll()
    .executeTakeFirstOrThrow();
  const changes = createdFields({ ...input, translations: input.translations ? toStoredTranslations(input.translations) : undefined });
  await recordMetadata(tx, actor, { id: row.id, type: 'organization' }, 'create', changes);
  await writeAudit(tx, actor, { action: 'directory.organization.create', entity: 'dir_organization', entityId: row.id, diff: changes });
  return row;
}

export async function updateDirOrganization(tx: Tx, actor: AnyActor, id: string, patch: OrganizationInput) {
  const before = await findDirOrganization(tx, id);
  await checkLinks(tx, patch, before.id);
  const comparable = { ...before, translations: fromStoredTranslations(before.translations) } as Record<string, unknown>;
  const after = { ...patch, ...(patch.translations !== undefined ? { translations: fromStoredTranslations(toStoredTranslations(patch.translations)) } : {}) };
  const changes = diffFields(comparable, after);
  if (Object.keys(changes).length === 0) return before;
  const row = await tx
    .updateTable('dirOrganization')
    .set({ ...columns(patch), updatedAt: new Date() })
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordMetadata(tx, actor, { id: row.id, type: 'organization' }, 'update', changes);
  await writeAudit(tx, actor, { action: 'directory.organization.update', entity: 'dir_organization', entityId: row.id, diff: changes });
  return row;
}
