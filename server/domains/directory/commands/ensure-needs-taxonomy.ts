import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import { withTenant, type Tx } from '../../../platform/db/database.js';
import { NEEDS_TAXONOMY, NEEDS_TERMS } from '../needs-taxonomy.js';

/**
 * Makes sure the tenant has the shipped needs taxonomy and every one of its terms. Idempotent: a
 * second call adds only the terms a newer release ships, and never overwrites terms (or names)
 * that the tenant's admins have edited.
 */
export async function ensureNeedsTaxonomy(tx: Tx, tenantId: string): Promise<void> {
  let taxonomy = await tx
    .selectFrom('dirTaxonomy')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('uri', '=', NEEDS_TAXONOMY.uri)
    .executeTakeFirst();
  if (!taxonomy) {
    taxonomy = await tx
      .insertInto('dirTaxonomy')
      .values({ tenantId, name: NEEDS_TAXONOMY.name, description: NEEDS_TAXONOMY.description, uri: NEEDS_TAXONOMY.uri, version: NEEDS_TAXONOMY.version })
      .returning('id')
      .executeTakeFirstOrThrow();
  }
  const taxonomyId = taxonomy.id;
  await tx
    .insertInto('dirTaxonomyTerm')
    .values(
      NEEDS_TERMS.map((t) => ({
        tenantId,
        taxonomyId,
        code: t.code,
        name: t.names.it,
        language: 'it',
        taxonomy: NEEDS_TAXONOMY.name,
        termUri: `${NEEDS_TAXONOMY.uri}/${t.code}`,
        translations: JSON.stringify(Object.fromEntries(Object.entries(t.names).map(([lang, name]) => [lang, { name }]))),
      })),
    )
    .onConflict((oc) => oc.columns(['tenantId', 'taxonomyId', 'code']).doNothing())
    .execute();
}

/** Start-up upkeep: tenants created before the directory existed get the taxonomy too. */
export async function ensureTaxonomyForAllTenants(ctx: Pick<AppContext, 'db'>): Promise<void> {
  // The tenant table is readable without a tenant context (slugs and names are public).
  const tenants = await ctx.db.selectFrom('tenant').select('id').execute();
  for (const t of tenants) {
    await withTenant(ctx.db, t.id, async (tx) => {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM dir_taxonomy_term t
        JOIN dir_taxonomy x ON x.tenant_id = t.tenant_id AND x.id = t.taxonomy_id
        WHERE x.tenant_id = ${t.id} AND x.uri = ${NEEDS_TAXONOMY.uri}`.execute(tx);
      if ((rows[0]?.n ?? 0) < NEEDS_TERMS.length) await ensureNeedsTaxonomy(tx, t.id);
    });
  }
}
