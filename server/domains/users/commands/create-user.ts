import type { z } from 'zod';
import { needsMfa } from '../../../../common/permissions.js';
import type { userCreateBody } from '../../../../common/schemas/users.js';
import type { AnyActor } from '../../../platform/authz/actor.js';
import { writeAudit } from '../../../platform/audit/audit-writer.js';
import type { Tx } from '../../../platform/db/database.js';
import { checkPasswordPolicy, hashPassword } from '../../auth/passwords.js';
import { newTotpSecret, provisioningUri } from '../../auth/totp.js';
import { findOrganisation } from '../../organisations/organisations.queries.js';
import { findUser } from '../users.queries.js';

export interface CreatedUser {
  user: Awaited<ReturnType<typeof findUser>>;
  /** Set when the role needs MFA and the account was provisioned with a TOTP secret (CLI, seeding). */
  otpauthUri: string | null;
}

/**
 * Creates an account. Without a password the user sets one through the reset link. With
 * `provisionMfa`, a TOTP secret is created now and its otpauth:// URI returned once.
 */
export async function createUser(
  tx: Tx,
  actor: AnyActor,
  input: z.infer<typeof userCreateBody>,
  opts: { provisionMfa?: boolean; mfaSecret?: string } = {},
): Promise<CreatedUser> {
  const org = await findOrganisation(tx, input.organisationId);
  const tenant = await tx.selectFrom('tenant').select(['name', 'slug']).where('id', '=', actor.tenantId).executeTakeFirstOrThrow();
  let passwordHash: string | null = null;
  if (input.password) {
    checkPasswordPolicy(input.password, [tenant.name, tenant.slug, org.name, org.slug, input.email.split('@')[0]]);
    passwordHash = await hashPassword(input.password);
  }
  const mfa = needsMfa(input.roles) && (opts.provisionMfa || opts.mfaSecret);
  const mfaSecret = mfa ? (opts.mfaSecret ?? newTotpSecret()) : null;
  const row = await tx
    .insertInto('appUser')
    .values({
      tenantId: actor.tenantId,
      organisationId: org.id,
      email: input.email,
      displayName: input.displayName,
      locale: input.locale,
      passwordHash,
      passwordChangedAt: passwordHash ? new Date() : null,
      mfaSecret,
      mfaEnabledAt: mfaSecret ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('userRole')
    .values([...new Set(input.roles)].map((role) => ({ tenantId: actor.tenantId, userId: row.id, role })))
    .execute();
  await writeAudit(tx, actor, {
    action: 'user.create',
    entity: 'user',
    entityId: row.id,
    diff: { email: input.email, displayName: input.displayName, organisationId: org.id, roles: input.roles, mfaProvisioned: !!mfaSecret },
  });
  return { user: await findUser(tx, row.id), otpauthUri: mfaSecret ? provisioningUri(mfaSecret, input.email) : null };
}
