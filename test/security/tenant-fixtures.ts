import type pg from 'pg';
import type { App } from '../../server/platform/http/app.js';
import type { Session } from '../sessions.js';
import { validValue, type JsonSchema, type Operation } from './api-surface.js';
import { publicTables, withOwner } from './db-state.js';

/** What one tenant owns, read as the owner (RLS does not apply), to attack it from another tenant. */
export interface TenantRecords {
  tenantId: string;
  /** First few ids of every tenant-owned table that has an `id` column. */
  idsByTable: Map<string, string[]>;
  slugs: string[];
  emails: string[];
  /** Every id, slug and e-mail of the tenant: none may ever appear in another tenant's response. */
  needles: string[];
}

export async function tenantTables(c: pg.Client): Promise<string[]> {
  const all = await publicTables(c);
  const { rows } = await c.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'`,
  );
  const withTenant = new Set(rows.map((r) => r.t));
  return all.filter((t) => withTenant.has(t));
}

export async function readTenant(ownerUrl: string, slug: string): Promise<TenantRecords> {
  return withOwner(ownerUrl, async (c) => {
    const tenantId = (await c.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [slug])).rows[0]!.id;
    const idsByTable = new Map<string, string[]>();
    const needles = new Set<string>([tenantId]);
    for (const t of await tenantTables(c)) {
      const hasId = await c.query(`SELECT 1 FROM information_schema.columns WHERE table_schema='public' AND table_name=$1 AND column_name='id' AND data_type='uuid'`, [t]);
      if (!hasId.rowCount) continue;
      const { rows } = await c.query<{ id: string }>(`SELECT id::text AS id FROM "${t}" WHERE tenant_id = $1 ORDER BY id`, [tenantId]);
      rows.forEach((r) => needles.add(r.id));
      if (rows.length) idsByTable.set(t, rows.slice(0, 3).map((r) => r.id));
    }
    const slugs = (await c.query<{ s: string }>('SELECT slug AS s FROM organisation WHERE tenant_id = $1 ORDER BY slug', [tenantId])).rows.map((r) => r.s);
    const emails = (await c.query<{ e: string }>('SELECT email::text AS e FROM app_user WHERE tenant_id = $1 ORDER BY email', [tenantId])).rows.map((r) => r.e);
    // Very short slugs would match by accident; the ids and e-mails are what matter.
    [...slugs.filter((x) => x.length >= 6), ...emails].forEach((n) => needles.add(n));
    return { tenantId, idsByTable, slugs, emails, needles: [...needles] };
  });
}

/** `organisationId` → organisation, `userIds` → app_user, `/api/teams/{id}` → team. */
export function tableFor(name: string, tables: Iterable<string>): string | null {
  const base = name
    .replace(/Ids?$/, '')
    .replace(/ies$/, 'y')
    .replace(/s$/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
  const known = new Set(tables);
  for (const candidate of [base, `app_${base}`]) if (known.has(candidate)) return candidate;
  return null;
}

/** The collection a path parameter points into: the segment just before it. */
export function tableForPath(op: Operation, tables: Iterable<string>): string | null {
  const m = /\/([\w-]+)\/\{\w+\}/.exec(op.path);
  return m ? tableFor(m[1]!, tables) : null;
}

/** Properties of a body schema that carry record ids (uuid strings or arrays of them). */
export function idProperties(body: JsonSchema | null): { name: string; array: boolean }[] {
  const out: { name: string; array: boolean }[] = [];
  for (const [name, p] of Object.entries(body?.properties ?? {})) {
    const s = p.anyOf?.find((b) => b.type !== 'null') ?? p;
    if (s.format === 'uuid') out.push({ name, array: false });
    else if (s.type === 'array' && s.items?.format === 'uuid') out.push({ name, array: true });
  }
  return out;
}

/**
 * Gives a tenant at least one record in every collection the API can create (teams today,
 * whatever comes next): each plain collection POST is tried once with a valid body whose
 * id references point at the tenant's own records. Best effort; failures are fine.
 */
export async function populate(app: App, admin: Session, ops: Operation[], own: TenantRecords, seed: number): Promise<void> {
  const tables = [...own.idsByTable.keys()];
  for (const op of ops) {
    if (op.method !== 'POST' || !/^\/api\/[\w-]+$/.test(op.path) || !op.body) continue;
    const body = validValue(op.body, { full: true, seed }) as Record<string, unknown>;
    for (const ref of idProperties(op.body)) {
      const table = tableFor(ref.name, tables);
      const id = table ? own.idsByTable.get(table)?.[0] : undefined;
      if (id) body[ref.name] = ref.array ? [id] : id;
    }
    await app.inject({ method: 'POST', url: op.path, headers: admin.headers, payload: body });
  }
}
