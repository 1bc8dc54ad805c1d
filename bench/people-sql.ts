import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Role } from '../common/permissions.js';
import { personSearchQuery } from '../common/schemas/people.js';
import { searchPeople } from '../server/domains/people/person-search.js';
import type { Actor } from '../server/platform/authz/actor.js';
import { withTenant } from '../server/platform/db/database.js';
import type { Database } from '../server/platform/db/schema.js';
import type { CapturedQuery } from './directory-load.js';
import type { BenchQuery } from './people-synthetic.js';

// The raw-SQL side of the people benchmark: the statements the app runs for a search before
// create, captured by running the person domain's own searchPeople() on a Kysely instance that
// logs them (same role, same transaction shape), and EXPLAIN ANALYZE of the candidate look-up.

/** The actor the app builds from the front desk's session (roles and teams from the database). */
export async function actorFor(ownerUrl: string, email: string): Promise<Actor> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT u.tenant_id, u.id, u.organisation_id, u.display_name, u.locale,
        coalesce((SELECT array_agg(r.role) FROM user_role r WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id), '{}') AS roles,
        coalesce((SELECT array_agg(m.team_id) FROM team_member m WHERE m.tenant_id = u.tenant_id AND m.user_id = u.id), '{}') AS teams
      FROM app_user u WHERE u.email = $1`,
      [email],
    );
    const u = rows[0];
    if (!u) throw new Error(`no user ${email}`);
    return { kind: 'user', tenantId: u.tenant_id, userId: u.id, organisationId: u.organisation_id, roles: u.roles as Role[], teamIds: u.teams, sessionId: 'bench', email, displayName: u.display_name, locale: u.locale };
  } finally {
    await c.end();
  }
}

export interface CapturedSearch {
  statements: CapturedQuery[];
  ids: string[];
}

/** Runs each search through searchPeople() and keeps its statements and the ids it found. */
export async function captureSearches(url: string, actor: Actor, queries: BenchQuery[]): Promise<CapturedSearch[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1, options: '-c role=approdo_app' });
  let seen: CapturedQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ underscoreBeforeDigits: true })],
    log: (e) => {
      // The transaction and withTenant's set_config are replayed by the runner itself.
      const statement = e.query.sql.trim();
      if (e.level === 'query' && !/^(begin|commit|rollback)$/i.test(statement) && !statement.includes('set_config(')) seen.push({ sql: e.query.sql, parameters: e.query.parameters });
    },
  });
  const out: CapturedSearch[] = [];
  try {
    for (const q of queries) {
      seen = [];
      const query = personSearchQuery.parse({ q: q.q, birthYear: String(q.birthYear) });
      const result = await withTenant(db, actor.tenantId, (tx) => searchPeople(tx, actor, query, 'it'));
      if (seen.length === 0) throw new Error(`search ${q.q} ran no statement`);
      out.push({ statements: seen, ids: result.items.map((i) => i.id) });
    }
  } finally {
    await db.destroy();
  }
  return out;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the body of person_match_candidates() for one search, as the owner
 * with the tenant bound: a plan of a SQL function call shows only "Function Scan", so the body is
 * prepared on its own with the function's parameters and settings.
 */
export async function explainCandidates(ownerUrl: string, tenantId: string, names: string, phoneKey: string | null, birthYear: number | null, limit = 200): Promise<string> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ src: string; config: string[] | null }>(`SELECT prosrc AS src, proconfig AS config FROM pg_proc WHERE proname = 'person_match_candidates'`);
    const fn = rows[0];
    if (!fn) throw new Error('person_match_candidates() not found');
    const body = fn.src
      .replace(/\bp_tenant\b/g, '$1::uuid')
      .replace(/\bp_names\b/g, '$2::text')
      .replace(/\bp_phone_key\b/g, '$3::text')
      .replace(/\bp_birth_year\b/g, '$4::int')
      .replace(/\bp_limit\b/g, '$5::int');
    await c.query('BEGIN');
    for (const setting of fn.config ?? []) {
      const [key, value] = setting.split(/=(.*)/s) as [string, string];
      if (key !== 'search_path') await c.query(`SELECT set_config($1, $2, true)`, [key, value]);
    }
    await c.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const plan = await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${body}`, [tenantId, names, phoneKey, birthYear, limit]);
    await c.query('ROLLBACK');
    return plan.rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await c.end();
  }
}
