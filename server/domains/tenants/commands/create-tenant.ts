import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { tenantCreateInput } from '../../../../common/schemas/tenants.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { ensureNeedsTaxonomy } from '../../directory/commands/ensure-needs-taxonomy.js';

/** Creates a tenant; its first audit event opens the tenant's hash chain. Operator-only (CLI, seeding). */
export async function createTenant(db: Db, input: z.infer<typeof tenantCreateInput>, label = 'cli') {
  const id = randomUUID();
  return withTenant(db, id, async (tx) => {
    const row = await tx
      .insertInto('tenant')
      .values({ id, slug: input.slug, name: input.name, settings: JSON.stringify(input.settings) })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ensureNeedsTaxonomy(tx, id);
    await writeAudit(tx, { kind: 'system', tenantId: id, label }, { action: 'tenant.create', entity: 'tenant', entityId: id, diff: { slug: input.slug, name: input.name } });
    return row;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tenant by id or slug (tenant names and slugs are public). */
export async function findTenant(db: Db, idOrSlug: string) {
  const q = db.selectFrom('tenant').selectAll();
  return (UUID.test(idOrSlug) ? q.where('id', '=', idOrSlug) : q.where('slug', '=', idOrSlug.toLowerCase())).executeTakeFirst();
}
