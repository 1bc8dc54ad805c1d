import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { NEEDS_TAXONOMY } from './needs-taxonomy.js';

// Services as the staff app lists and reads them. Confidential services are absent (RLS) unless
// the transaction has protection access. "Overdue" = published and never verified or past its
// re-check date (in Europe/Rome: the date a coordinator sees on the wall).

export const TODAY = sql<string>`(now() AT TIME ZONE 'Europe/Rome')::date`;

export interface ServiceFilters {
  q?: string;
  category?: string;
  status?: string;
  publicationState?: string;
  organizationId?: string;
  overdue?: boolean;
  /** Only services of directory organisations linked to this Approdo organisation. */
  approdoOrganisationId?: string | null;
  limit?: number;
  offset?: number;
}

type Eb = ExpressionBuilder<Database & { s: Database['dirService']; o: Database['dirOrganization'] }, 's' | 'o'>;

const overdueExpr = sql<boolean>`(s.publication_state = 'published' AND s.status IN ('active', 'temporarily closed') AND (s.next_check_due IS NULL OR s.next_check_due < ${TODAY}))`;

function needsOf(eb: Eb) {
  return eb
    .selectFrom('dirAttribute as a')
    .innerJoin('dirTaxonomyTerm as t', (j) => j.onRef('t.id', '=', 'a.taxonomyTermId'))
    .innerJoin('dirTaxonomy as x', (j) => j.onRef('x.id', '=', 't.taxonomyId'))
    .whereRef('a.linkId', '=', 's.id')
    .where('a.linkEntity', '=', 'service')
    .where('x.uri', '=', NEEDS_TAXONOMY.uri)
    .select(sql<string[]>`coalesce(array_agg(t.code ORDER BY t.code), '{}')`.as('codes'));
}

function baseQuery(tx: Tx) {
  return tx
    .selectFrom('dirService as s')
    .innerJoin('dirOrganization as o', (j) => j.onRef('o.id', '=', 's.organizationId'))
    .selectAll('s')
    .select((eb) => ['o.name as organizationName', 'o.approdoOrganisationId', overdueExpr.as('overdue'), needsOf(eb as unknown as Eb).as('needs')]);
}

export async function listServices(tx: Tx, f: ServiceFilters) {
  let q = baseQuery(tx).select(sql<string>`count(*) OVER ()`.as('total'));
  if (f.q) q = q.where(sql<boolean>`(strpos(s.search_text, f_unaccent(lower(${f.q}))) > 0 OR f_unaccent(lower(s.name)) % f_unaccent(lower(${f.q})))`);
  if (f.category) {
    const code = f.category;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('dirAttribute as a')
          .innerJoin('dirTaxonomyTerm as t', (j) => j.onRef('t.id', '=', 'a.taxonomyTermId'))
          .whereRef('a.linkId', '=', 's.id')
          .where('a.linkEntity', '=', 'service')
          .where('t.code', '=', code)
          .select(sql`1`.as('one')),
      ),
    );
  }
  if (f.status) q = q.where('s.status', '=', f.status);
  if (f.publicationState) q = q.where('s.publicationState', '=', f.publicationState);
  if (f.organizationId) q = q.where('s.organizationId', '=', f.organizationId);
  if (f.approdoOrganisationId) q = q.where('o.approdoOrganisationId', '=', f.approdoOrganisationId);
  if (f.overdue) q = q.where(overdueExpr);
  const order = f.overdue ? q.orderBy(sql`s.next_check_due NULLS FIRST`).orderBy('s.name') : q.orderBy('s.name');
  const rows = await order.limit(f.limit ?? 100).offset(f.offset ?? 0).execute();
  return { rows, total: rows.length ? Number(rows[0]!.total) : 0 };
}

export async function findService(tx: Tx, id: string) {
  const row = await baseQuery(tx).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export type ServiceRow = Awaited<ReturnType<typeof findService>>;

/** What the detail page shows beside the service itself. */
export async function serviceExtras(tx: Tx, s: ServiceRow) {
  const [verifier, pending, reports, history] = await Promise.all([
    s.verifiedBy ? tx.selectFrom('appUser').select(['id', 'displayName']).where('id', '=', s.verifiedBy).executeTakeFirst() : Promise.resolve(undefined),
    tx.selectFrom('dirServiceChange').select('id').where('serviceId', '=', s.id).where('status', '=', 'pending').executeTakeFirst(),
    tx.selectFrom('dirReport').select((eb) => eb.fn.countAll<string>().as('n')).where('serviceId', '=', s.id).where('status', '=', 'open').executeTakeFirstOrThrow(),
    tx
      .selectFrom('dirMetadata as m')
      .leftJoin('appUser as u', (j) => j.on(sql`u.id::text`, '=', sql.ref('m.updated_by')))
      .select(['m.lastActionDate', 'm.lastActionType', 'm.fieldName', 'm.previousValue', 'm.replacementValue', 'm.updatedBy', 'u.displayName'])
      .where('m.resourceId', '=', s.id)
      .orderBy('m.lastActionDate', 'desc')
      .orderBy('m.fieldName')
      .limit(100)
      .execute(),
  ]);
  return { verifier: verifier ?? null, pendingChangeId: pending?.id ?? null, openReports: Number(reports.n), history };
}

export type ServiceExtras = Awaited<ReturnType<typeof serviceExtras>>;
