import { sql } from 'kysely';
import type { AnyActor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import { TODAY } from './services.queries.js';

/** Every service is re-checked this many months after its last verification, unless the tenant says otherwise. */
export const DEFAULT_VERIFICATION_MONTHS = 6;

export async function verificationMonths(tx: Tx, tenantId: string): Promise<number> {
  const row = await tx.selectFrom('tenant').select('settings').where('id', '=', tenantId).executeTakeFirst();
  const months = (row?.settings as { verificationMonths?: unknown } | undefined)?.verificationMonths;
  return typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= 36 ? months : DEFAULT_VERIFICATION_MONTHS;
}

/** The columns a verification sets: now, by whom, and the next re-check date. */
export function verifiedNow(actor: AnyActor, months: number) {
  return {
    lastVerifiedAt: sql<Date>`now()`,
    verifiedBy: actor.kind === 'user' ? actor.userId : null,
    nextCheckDue: sql<string>`(${TODAY} + make_interval(months => ${months}))::date`,
  };
}
