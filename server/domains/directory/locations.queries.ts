import type { Tx } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';

// Locations with their address and accessibility. Confidential ones are simply absent (RLS)
// unless the transaction was opened with protection access.

function baseQuery(tx: Tx) {
  return tx
    .selectFrom('dirLocation as l')
    // HSDS allows several addresses per location; the staff app edits the physical one.
    .leftJoin('dirAddress as a', (j) =>
      j.on((eb) =>
        eb('a.id', '=', eb.selectFrom('dirAddress as a2').select('a2.id').whereRef('a2.locationId', '=', 'l.id').orderBy('a2.addressType').orderBy('a2.id').limit(1)),
      ),
    )
    .selectAll('l')
    .select([
      'a.address1',
      'a.address2',
      'a.city',
      'a.postalCode',
      'a.region',
      'a.stateProvince',
      'a.country',
      (eb) => eb.selectFrom('dirServiceAtLocation as sal').innerJoin('dirService as s', (j) => j.onRef('s.id', '=', 'sal.serviceId')).whereRef('sal.locationId', '=', 'l.id').select((e) => e.fn.countAll<string>().as('n')).as('serviceCount'),
    ]);
}

export type LocationRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;
export interface AccessibilityRow {
  locationId: string | null;
  description: string | null;
  details: string | null;
  url: string | null;
}

async function accessibilityOf(tx: Tx, ids: string[]): Promise<Map<string, AccessibilityRow[]>> {
  const out = new Map<string, AccessibilityRow[]>();
  if (!ids.length) return out;
  const rows = await tx.selectFrom('dirAccessibility').select(['locationId', 'description', 'details', 'url']).where('locationId', 'in', ids).orderBy('description').execute();
  for (const r of rows) out.set(r.locationId!, [...(out.get(r.locationId!) ?? []), r]);
  return out;
}

export async function listLocations(tx: Tx, filters: { q?: string; organizationId?: string; ids?: string[] } = {}) {
  let query = baseQuery(tx).orderBy('l.name').limit(1000);
  if (filters.organizationId) query = query.where('l.organizationId', '=', filters.organizationId);
  if (filters.ids) {
    if (!filters.ids.length) return [];
    query = query.where('l.id', 'in', filters.ids);
  }
  if (filters.q) {
    const needle = filters.q;
    query = query.where((eb) =>
      eb(
        eb.fn('strpos', [eb.fn('f_unaccent', [eb.fn('lower', [eb.fn('concat_ws', [eb.val(' '), 'l.name', 'a.address1', 'a.city', 'l.neighbourhood'])])]), eb.fn('f_unaccent', [eb.fn('lower', [eb.val(needle)])])]),
        '>',
        0,
      ),
    );
  }
  const rows = await query.execute();
  const access = await accessibilityOf(tx, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, accessibility: access.get(r.id) ?? [] }));
}

export async function findLocation(tx: Tx, id: string) {
  const [row] = await listLocations(tx, { ids: [id] });
  if (!row) throw notFound();
  return row;
}

export type FullLocationRow = Awaited<ReturnType<typeof findLocation>>;
