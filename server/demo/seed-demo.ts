import { createHash } from 'node:crypto';
import { base32 } from '@scure/base';
import { ROLES, needsMfa, type Role } from '../../common/permissions.js';
import type { AppContext } from '../platform/context.js';
import { withTenant } from '../platform/db/database.js';
import { createOrganisation } from '../domains/organisations/commands/create-organisation.js';
import { createTenant, findTenant } from '../domains/tenants/commands/create-tenant.js';
import { createUser } from '../domains/users/commands/create-user.js';
import { DEMO_PASSWORD, DEMO_TENANTS, demoEmail } from './demo-data.js';
import { seedDemoDirectory } from './directory/seed-demo-directory.js';
import { seedDemoPeople } from './people/seed-demo-people.js';

export interface DemoLogin {
  tenant: string;
  role: Role;
  email: string;
  password: string;
  totpSecret: string | null;
}

/** Demo TOTP secrets are derived from the e-mail so that they survive re-seeding; demo only. */
export function demoTotpSecret(email: string): string {
  return base32.encode(createHash('sha256').update(`approdo-demo-totp:${email}`).digest().subarray(0, 20));
}

/**
 * Seeds the Aosta and Potenza demo tenants once; returns their logins (also when already seeded).
 * With `frontDoors` (the running demo: server/main.ts, the CLI), their front doors too: access
 * points, projects, notices and ~30 people each (server/demo/people), once, also into demo tenants
 * seeded before they existed. Tests leave them out unless they ask: they create their own people,
 * notices and projects and count what they created.
 */
export async function seedDemo(ctx: AppContext, opts: { frontDoors?: boolean } = {}): Promise<{ created: boolean; logins: DemoLogin[] }> {
  let created = false;
  const logins: DemoLogin[] = [];
  for (const t of DEMO_TENANTS) {
    const existing = await findTenant(ctx.db, t.slug);
    // Only tenants the demo seed created (settings.demo) get demo front doors.
    let tenantId = existing && (existing.settings as { demo?: boolean }).demo === true ? existing.id : null;
    if (!existing) {
      created = true;
      const tenant = await createTenant(ctx.db, { slug: t.slug, name: t.name, settings: { languages: t.languages, fundingStreams: t.fundingStreams, demo: true } }, 'demo-seed');
      await withTenant(ctx.db, tenant.id, async (tx) => {
        const actor = { kind: 'system' as const, tenantId: tenant.id, label: 'demo-seed' };
        const orgIds = new Map<string, string>();
        for (const o of t.orgs) {
          const row = await createOrganisation(tx, actor, { slug: o.slug, name: o.name, kind: o.kind, isLead: o.isLead ?? false, address: o.address ?? null });
          orgIds.set(o.slug, row.id);
        }
        for (const role of ROLES) {
          const email = demoEmail(role, t.slug);
          await createUser(
            tx,
            actor,
            { email, displayName: `Demo ${role.replace(/_/g, ' ')} (${t.slug})`, organisationId: orgIds.get(t.roleOrg[role])!, roles: [role], locale: 'it', password: DEMO_PASSWORD },
            { mfaSecret: needsMfa([role]) ? demoTotpSecret(email) : undefined },
          );
        }
        await seedDemoDirectory(tx, actor, t.slug);
        // Protection access: the demo directory includes confidential shelters (RLS).
      }, { protectionAccess: true });
      tenantId = tenant.id;
    }
    if (tenantId && opts.frontDoors) {
      const actor = { kind: 'system' as const, tenantId, label: 'demo-seed' };
      await withTenant(ctx.db, tenantId, (tx) => seedDemoPeople(tx, actor, t.slug), { protectionAccess: true });
    }
    for (const role of ROLES) {
      const email = demoEmail(role, t.slug);
      logins.push({ tenant: t.slug, role, email, password: DEMO_PASSWORD, totpSecret: needsMfa([role]) ? demoTotpSecret(email) : null });
    }
  }
  return { created, logins };
}
