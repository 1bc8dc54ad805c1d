import { sql } from 'kysely';
import type { z } from 'zod';
import type { userListQuery } from '../../../common/schemas/users.js';
import type { Tx } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function baseQuery(tx: Tx) {
  return tx
    .selectFrom('appUser as u')
    .innerJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'u.tenantId').onRef('o.id', '=', 'u.organisationId'))
    .select([
      'u.id', 'u.email', 'u.displayName', 'u.locale', 'u.status', 'u.organisationId', 'u.mfaEnabledAt', 'u.lastLoginAt', 'u.createdAt',
      'o.name as organisationName', 'o.slug as organisationSlug',
    ])
    .select(
      sql<string[]>`coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_role r WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id), '{}')`.as('roles'),
    );
}
export type UserRecord = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

/** By id or e-mail; RLS keeps it inside the current tenant. */
export async function findUser(tx: Tx, idOrEmail: string): Promise<UserRecord> {
  const q = baseQuery(tx);
  const row = await (UUID.test(idOrEmail) ? q.where('u.id', '=', idOrEmail) : q.where('u.email', '=', idOrEmail.toLowerCase())).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function listUsers(tx: Tx, filter: z.infer<typeof userListQuery>, organisationId: string | null) {
  let q = baseQuery(tx);
  if (organisationId) q = q.where('u.organisationId', '=', organisationId);
  if (filter.organisationId) q = q.where('u.organisationId', '=', filter.organisationId);
  if (filter.status) q = q.where('u.status', '=', filter.status);
  if (filter.role) q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM user_role r WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id AND r.role = ${filter.role})`);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('u.displayName', 'ilike', like), eb(sql`u.email::text`, 'ilike', like)]));
  }
  const rows = await q
    .select(sql<string>`count(*) OVER ()`.as('total'))
    .orderBy('u.displayName')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { rows, total: rows[0] ? Number(rows[0].total) : 0 };
}
