import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES } from '../../../common/schemas/directory.js';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { ownerQuery } from '../../../test/owner-sql.js';
import { withTenant } from '../../platform/db/database.js';
import { createTenant } from '../tenants/commands/create-tenant.js';
import { ensureNeedsTaxonomy, ensureTaxonomyForAllTenants } from './commands/ensure-needs-taxonomy.js';
import { NEEDS_TERMS, PUBLIC_LANGUAGES } from './needs-taxonomy.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
}, 60_000);
afterAll(() => env?.close());

const terms = (tenantId: string) =>
  ownerQuery<{ code: string; name: string; translations: Record<string, { name: string }>; language: string }>(
    env,
    `SELECT t.code, t.name, t.translations, t.language FROM dir_taxonomy_term t JOIN dir_taxonomy x ON x.id = t.taxonomy_id AND x.tenant_id = t.tenant_id
     WHERE t.tenant_id = $1 AND x.uri = 'https://approdo.it/taxonomy/needs' ORDER BY t.code`,
    [tenantId],
  );

describe('the needs taxonomy', () => {
  it('speaks the same languages as the public finder', () => {
    expect([...CONTENT_LANGUAGES]).toEqual([...PUBLIC_LANGUAGES]);
  });

  it('comes with every new tenant, translated into every public language', async () => {
    const tenant = await createTenant(env.platform.ctx.db, { slug: 'comune-prova', name: 'Comune di Prova', settings: {} });
    const rows = await terms(tenant.id);
    expect(rows.map((r) => r.code)).toEqual(NEEDS_TERMS.map((t) => t.code).sort());
    const housing = rows.find((r) => r.code === 'housing')!;
    expect(housing).toMatchObject({ name: 'Casa', language: 'it' });
    expect(Object.keys(housing.translations).sort()).toEqual([...PUBLIC_LANGUAGES].sort());
    expect(housing.translations.ti!.name).toBe('መንበሪ ገዛ');
  });

  it('is idempotent and completes a tenant that lacks terms, keeping edited ones', async () => {
    const [tenant] = await ownerQuery<{ id: string }>(env, `SELECT id FROM tenant WHERE slug = 'comune-prova'`);
    await ownerQuery(env, `DELETE FROM dir_taxonomy_term WHERE tenant_id = $1 AND code IN ('digital', 'transport')`, [tenant!.id]);
    await ownerQuery(env, `UPDATE dir_taxonomy_term SET name = 'Abitare' WHERE tenant_id = $1 AND code = 'housing'`, [tenant!.id]);
    await ensureTaxonomyForAllTenants(env.platform.ctx);
    await withTenant(env.platform.ctx.db, tenant!.id, (tx) => ensureNeedsTaxonomy(tx, tenant!.id));
    const rows = await terms(tenant!.id);
    expect(rows).toHaveLength(NEEDS_TERMS.length);
    expect(rows.find((r) => r.code === 'housing')!.name).toBe('Abitare');
    const taxonomies = await ownerQuery<{ n: number }>(env, `SELECT count(*)::int AS n FROM dir_taxonomy WHERE tenant_id = $1`, [tenant!.id]);
    expect(taxonomies[0]!.n).toBe(1);
  });
});
