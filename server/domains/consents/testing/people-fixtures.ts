import { randomBytes } from 'node:crypto';
import type { Role } from '../../../../common/permissions.js';
import { demoEmail } from '../../../demo/demo-data.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/database.js';
import type { PersonTable } from '../../../platform/db/people-schema.js';
import { searchNamesOf } from '../../people/person-matching.js';

// Test fixtures of the consent, enrolment and reminder suites: people written straight into the
// real database, as the app role under RLS (the person API has its own suites). Demo tenants only.

export type DemoTenant = 'aosta' | 'potenza';

export async function tenantIdOf(ctx: Pick<AppContext, 'db'>, slug: DemoTenant): Promise<string> {
  return (await ctx.db.selectFrom('tenant').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

export async function demoUserId(ctx: Pick<AppContext, 'db'>, role: Role, tenant: DemoTenant): Promise<{ id: string; organisationId: string }> {
  const tenantId = await tenantIdOf(ctx, tenant);
  return withTenant(ctx.db, tenantId, (tx) => tx.selectFrom('appUser').select(['id', 'organisationId']).where('email', '=', demoEmail(role, tenant)).executeTakeFirstOrThrow());
}

export interface TestPersonOptions {
  tenant?: DemoTenant;
  /** Demo roles whose users are assigned to the person (person_worker); their organisations reach it. */
  workers?: Role[];
  ageBand?: PersonTable['ageBand'];
  birthYear?: number | null;
  birthDate?: string | null;
  permitExpiresOn?: string | null;
  protected?: boolean;
  labourStatus?: PersonTable['labourStatus'];
  unemployedSince?: string | null;
  educationIsced?: number | null;
  housingEthos?: string | null;
  givenName?: string;
}

export interface TestPerson {
  id: string;
  code: string;
  tenantId: string;
}

export async function createTestPerson(ctx: Pick<AppContext, 'db'>, o: TestPersonOptions = {}): Promise<TestPerson> {
  const tenant = o.tenant ?? 'aosta';
  const tenantId = await tenantIdOf(ctx, tenant);
  const workers = await Promise.all((o.workers ?? ['front_desk']).map((r) => demoUserId(ctx, r, tenant)));
  const code = `T-${randomBytes(4).toString('hex').toUpperCase()}`;
  return withTenant(ctx.db, tenantId, async (tx) => {
    const org = workers[0]?.organisationId ?? (await tx.selectFrom('organisation').select('id').executeTakeFirstOrThrow()).id;
    const { id } = await tx
      .insertInto('person')
      .values({
        tenantId,
        code,
        organisationId: org,
        ageBand: o.ageBand ?? '30_54',
        birthYear: o.birthYear ?? null,
        permitExpiresOn: o.permitExpiresOn ?? null,
        protected: o.protected ?? false,
        labourStatus: o.labourStatus ?? null,
        unemployedSince: o.unemployedSince ?? null,
        educationIsced: o.educationIsced ?? null,
        housingEthos: o.housingEthos ?? null,
        household: '{}',
        foreignQualifications: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const name = o.givenName ?? 'Amina';
    await tx.insertInto('personIdentity').values({ tenantId, personId: id, givenName: name, birthDate: o.birthDate ?? null, searchNames: searchNamesOf([name]) }).execute();
    for (const w of workers) {
      await tx.insertInto('personOrganisation').values({ tenantId, personId: id, organisationId: w.organisationId, reason: 'registered' }).onConflict((oc) => oc.doNothing()).execute();
      await tx.insertInto('personWorker').values({ tenantId, personId: id, userId: w.id, role: 'case_worker' }).onConflict((oc) => oc.doNothing()).execute();
    }
    return { id, code, tenantId };
  });
}
