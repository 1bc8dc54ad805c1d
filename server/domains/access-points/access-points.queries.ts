import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import type { OpeningHoursEntry } from '../../platform/db/people-schema.js';
import { DomainError } from '../../platform/errors.js';

// Read side of the access points, inside withTenant (RLS keeps other tenants' rows out).

export interface AccessPointRow {
  id: string;
  organisationId: string;
  organisationName: string;
  kind: 'porta_sociale' | 'sportello' | 'outreach' | 'other';
  name: string;
  address: string | null;
  city: string | null;
  latitude: string | null;
  longitude: string | null;
  openingHours: OpeningHoursEntry[];
  languages: string[];
  phone: string | null;
  email: string | null;
  slotMinutes: number;
  desks: number;
  directoryLocationId: string | null;
  active: boolean;
  version: number;
  updatedAt: Date;
  operatorCount: number;
  assignedToMe: boolean;
}

function baseQuery(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('accessPoint as ap')
    .innerJoin('organisation as o', (j) => j.onRef('o.tenantId', '=', 'ap.tenantId').onRef('o.id', '=', 'ap.organisationId'))
    .select([
      'ap.id',
      'ap.organisationId',
      'o.name as organisationName',
      'ap.kind',
      'ap.name',
      'ap.address',
      'ap.city',
      'ap.latitude',
      'ap.longitude',
      'ap.openingHours',
      'ap.languages',
      'ap.phone',
      'ap.email',
      'ap.slotMinutes',
      'ap.desks',
      'ap.directoryLocationId',
      'ap.active',
      'ap.version',
      'ap.updatedAt',
    ])
    .select([
      sql<number>`(SELECT count(*)::int FROM access_point_operator op WHERE op.tenant_id = ap.tenant_id AND op.access_point_id = ap.id)`.as('operatorCount'),
      sql<boolean>`EXISTS (SELECT 1 FROM access_point_operator op WHERE op.tenant_id = ap.tenant_id AND op.access_point_id = ap.id AND op.user_id = ${actor.userId})`.as('assignedToMe'),
    ]);
}

export async function listAccessPoints(tx: Tx, actor: Actor, filter: { organisationId?: string; active?: boolean; mine?: boolean }): Promise<AccessPointRow[]> {
  let q = baseQuery(tx, actor);
  if (filter.organisationId) q = q.where('ap.organisationId', '=', filter.organisationId);
  if (filter.active !== undefined) q = q.where('ap.active', '=', filter.active);
  if (filter.mine) {
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('accessPointOperator as op').select('op.userId').whereRef('op.accessPointId', '=', 'ap.id').where('op.userId', '=', actor.userId)),
    );
  }
  return q.orderBy('ap.name').orderBy('ap.id').execute();
}

/** The access point, or NOT_FOUND (also for another tenant's: RLS hides it). */
export async function findAccessPoint(tx: Tx, actor: Actor, id: string): Promise<AccessPointRow> {
  const row = await baseQuery(tx, actor).where('ap.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

export async function isOperatorAt(tx: Tx, userId: string, accessPointId: string): Promise<boolean> {
  const row = await tx.selectFrom('accessPointOperator').select('userId').where('accessPointId', '=', accessPointId).where('userId', '=', userId).executeTakeFirst();
  return !!row;
}

/** Access points the user is assigned to (active ones only). */
export async function accessPointIdsOf(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('accessPointOperator as op')
    .innerJoin('accessPoint as ap', (j) => j.onRef('ap.tenantId', '=', 'op.tenantId').onRef('ap.id', '=', 'op.accessPointId'))
    .select('op.accessPointId')
    .where('op.userId', '=', userId)
    .where('ap.active', '=', true)
    .execute();
  return rows.map((r) => r.accessPointId);
}

export async function listOperators(tx: Tx, accessPointId: string) {
  return tx
    .selectFrom('accessPointOperator as op')
    .innerJoin('appUser as u', (j) => j.onRef('u.tenantId', '=', 'op.tenantId').onRef('u.id', '=', 'op.userId'))
    .select(['u.id as userId', 'u.displayName', 'u.organisationId', sql<boolean>`u.status = 'active'`.as('active')])
    .where('op.accessPointId', '=', accessPointId)
    .orderBy('u.displayName')
    .orderBy('u.id')
    .execute();
}
