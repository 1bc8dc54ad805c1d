import type { Tx } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Accepts an id or a slug, as the API and CLI do everywhere. RLS limits it to the current tenant. */
export async function findOrganisation(tx: Tx, idOrSlug: string) {
  const q = tx.selectFrom('organisation').selectAll();
  const row = await (UUID.test(idOrSlug) ? q.where('id', '=', idOrSlug) : q.where('slug', '=', idOrSlug.toLowerCase())).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function listOrganisations(tx: Tx) {
  return tx
    .selectFrom('organisation as o')
    .selectAll('o')
    .select((eb) =>
      eb.selectFrom('appUser as u').whereRef('u.organisationId', '=', 'o.id').select((e) => e.fn.countAll<number>().as('n')).as('userCount'),
    )
    .orderBy('o.isLead', 'desc')
    .orderBy('o.name')
    .execute();
}
