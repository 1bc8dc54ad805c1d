import type { z } from 'zod';
import type { organisationBody } from '../../../../common/schemas/organisations.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';

export async function createOrganisation(tx: Tx, actor: AnyActor, input: z.infer<typeof organisationBody>) {
  const row = await tx
    .insertInto('organisation')
    .values({ ...input, tenantId: actor.tenantId })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: 'organisation.create', entity: 'organisation', entityId: row.id, diff: { ...input } });
  return row;
}
