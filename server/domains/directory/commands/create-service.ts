import type { ServiceInput } from '../../../../common/schemas/directory.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { auditDiff, createdFields, recordMetadata } from '../metadata.js';
import { checkServiceInput, normaliseChildren, replaceChildren, withoutHiddenLocations } from '../service-children.js';
import { fromStoredTranslations, toStoredTranslations } from '../translations.js';
import { verificationMonths, verifiedNow } from '../verification.js';

/** Plain columns of dir_service the staff API writes, by their API (= Kysely) names. */
export const SERVICE_SCALARS = [
  'organizationId',
  'name',
  'alternateName',
  'description',
  'url',
  'email',
  'status',
  'interpretationServices',
  'applicationProcess',
  'feesDescription',
  'fees',
  'waitTime',
  'accreditations',
  'licenses',
  'eligibilityDescription',
  'alert',
  'minimumAge',
  'maximumAge',
  'acceptsReferrals',
  'targetGroups',
  'residencePermitRequirement',
  'interpretationAvailable',
  'childcareAvailable',
  'womenOnly',
  'freeOfCharge',
  'confidential',
  'publicationState',
] as const;

export function scalarValues(input: ServiceInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of SERVICE_SCALARS) if (input[k] !== undefined) out[k] = input[k];
  return out;
}

export type PublicationState = 'draft' | 'pending_approval' | 'published';

/**
 * Creates a service with its parts. A published one counts as verified now by its author; a
 * partner's new service waits for approval ('pending_approval') and is verified when published.
 */
export async function createService(tx: Tx, actor: AnyActor, input: ServiceInput & { organizationId: string; name: string }, publicationState: PublicationState): Promise<string> {
  await checkServiceInput(tx, input);
  const months = await verificationMonths(tx, actor.tenantId);
  const values = { ...scalarValues(input), publicationState };
  const { id } = await tx
    .insertInto('dirService')
    .values({
      ...values,
      organizationId: input.organizationId,
      name: input.name,
      tenantId: actor.tenantId,
      translations: JSON.stringify(toStoredTranslations(input.translations)),
      createdBy: actor.kind === 'user' ? actor.userId : null,
      ...(publicationState === 'published' ? verifiedNow(actor, months) : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceChildren(tx, actor.tenantId, id, input);
  const changes = await withoutHiddenLocations(tx, createdFields({ ...values, translations: fromStoredTranslations(toStoredTranslations(input.translations)), ...normaliseChildren(input) }));
  await recordMetadata(tx, actor, { id, type: 'service' }, 'create', changes);
  await writeAudit(tx, actor, { action: 'directory.service.create', entity: 'dir_service', entityId: id, diff: auditDiff(changes, input.confidential ?? false) });
  return id;
}
