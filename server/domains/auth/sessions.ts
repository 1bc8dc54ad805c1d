import { randomBytes } from 'node:crypto';
import type { Tx } from '../../platform/db/database.js';
import { hashToken } from '../../platform/http/session.js';

export interface NewSession {
  token: string;
  csrfToken: string;
  id: string;
  absoluteExpiresAt: Date;
}

export async function createSession(
  tx: Tx,
  input: { tenantId: string; userId: string; stage: 'full' | 'mfa_setup'; authMethod: 'password' | 'oidc'; absoluteHours: number },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const absoluteExpiresAt = new Date(Date.now() + input.absoluteHours * 3600_000);
  const row = await tx
    .insertInto('userSession')
    .values({
      tenantId: input.tenantId,
      userId: input.userId,
      tokenHash: hashToken(token),
      csrfToken,
      stage: input.stage,
      authMethod: input.authMethod,
      absoluteExpiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, csrfToken, id: row.id, absoluteExpiresAt };
}

/** Ends every session of a user (logout everywhere, disable, password change). Returns how many. */
export async function endAllSessions(tx: Tx, tenantId: string, userId: string): Promise<number> {
  const r = await tx.deleteFrom('userSession').where('tenantId', '=', tenantId).where('userId', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}
