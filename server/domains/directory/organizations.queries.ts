import type { Tx } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';

/** Directory organisations (HSDS organization), not to be confused with Approdo's own organisations. */
export async function listDirOrganizations(tx: Tx, q?: string) {
  let query = tx
    .selectFrom('dirOrganization as o')
    .selectAll('o')
    .select((eb) => eb.selectFrom('dirService as s').whereRef('s.organizationId', '=', 'o.id').select((e) => e.fn.countAll<string>().as('n')).as('serviceCount'))
    .orderBy('o.name')
    .limit(500);
  if (q) query = query.where((eb) => eb(eb.fn('strpos', [eb.fn('f_unaccent', [eb.fn('lower', ['o.name'])]), eb.fn('f_unaccent', [eb.fn('lower', [eb.val(q)])])]), '>', 0));
  return query.execute();
}

export async function findDirOrganization(tx: Tx, id: string) {
  const row = await tx.selectFrom('dirOrganization').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export type DirOrganizationRow = Awaited<ReturnType<typeof findDirOrganization>>;
