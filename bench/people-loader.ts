import pg from 'pg';
import { syntheticPerson, type SyntheticPerson } from './people-synthetic.js';

// Bulk loading of the synthetic registry as the database owner: batches of rows sent as arrays and
// unnested (a few statements per batch), two connections at once. The GIN indexes of
// person_identity are dropped first and built again at the end with their own definitions (read
// from the catalogue, so that changes to migration 0009 are followed): building them once is
// several times faster than maintaining them row by row.

const BATCH = 5000;
const CONNECTIONS = 2;

const PERSON_SQL = `INSERT INTO person (tenant_id, id, code, organisation_id, sex, gender, age_band, birth_year, birth_year_estimated,
    citizenship, citizenship_istat, languages, preferred_language, needs, labour_status, created_at, updated_at)
  SELECT $1::uuid, u.id, u.code, u.org, u.sex, u.gender, u.band, u.by, u.est, u.cit, u.istat, string_to_array(u.langs, ','), u.pref,
    string_to_array(u.needs, ','), u.labour, u.created, u.created
  FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::int[], $9::bool[], $10::text[], $11::text[],
    $12::text[], $13::text[], $14::text[], $15::text[], $16::timestamptz[])
    AS u(id, code, org, sex, gender, band, by, est, cit, istat, langs, pref, needs, labour, created)`;

const IDENTITY_SQL = `INSERT INTO person_identity (tenant_id, person_id, given_name, family_name, given_name_original, family_name_original,
    aliases, birth_date, birth_country, phone, search_names)
  SELECT $1::uuid, u.id, u.g, u.f, u.go, u.fo, CASE WHEN u.al = '' THEN '{}'::text[] ELSE string_to_array(u.al, '|') END, u.bd, u.cit, u.phone, u.sn
  FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[], $10::text[], $11::text[])
    AS u(id, g, f, go, fo, al, bd, cit, phone, sn)`;

const REACH_SQL = `INSERT INTO person_organisation (tenant_id, person_id, organisation_id, reason, since)
  SELECT $1::uuid, u.id, u.org, 'registered', u.created FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[]) AS u(id, org, created)`;

async function insertBatch(client: pg.PoolClient, tenantId: string, rows: SyntheticPerson[]): Promise<void> {
  const col = <K extends keyof SyntheticPerson>(k: K) => rows.map((r) => r[k]);
  await client.query('BEGIN');
  await client.query(PERSON_SQL, [
    tenantId, col('id'), col('code'), col('organisationId'), col('sex'), col('gender'), col('ageBand'), col('birthYear'), col('birthYearEstimated'),
    col('citizenship'), col('citizenshipIstat'), col('languages'), col('preferredLanguage'), col('needs'), col('labourStatus'), col('createdAt'),
  ]);
  await client.query(IDENTITY_SQL, [
    tenantId, col('id'), col('givenName'), col('familyName'), col('givenNameOriginal'), col('familyNameOriginal'),
    rows.map((r) => r.aliases.join('|')), col('birthDate'), col('citizenship'), col('phone'), col('searchNames'),
  ]);
  await client.query(REACH_SQL, [tenantId, col('id'), col('organisationId'), col('createdAt')]);
  await client.query('COMMIT');
}

export interface LoadResult {
  people: number;
  generateMs: number;
  insertMs: number;
  indexMs: number;
  analyzeMs: number;
  /** Every `sampleEvery`-th person, kept for the query list. */
  samples: SyntheticPerson[];
  indexes: string[];
}

export async function loadSyntheticPeople(
  ownerUrl: string,
  tenantId: string,
  orgs: [string, number][],
  count: number,
  opts: { seed: number; sampleEvery: number; year: number; progress?: (done: number) => void },
): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: ownerUrl, max: CONNECTIONS });
  try {
    const { rows: gin } = await pool.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'person_identity' AND indexdef ILIKE '%USING gin%'`,
    );
    for (const i of gin) await pool.query(`DROP INDEX ${i.indexname}`);
    const samples: SyntheticPerson[] = [];
    let generateMs = 0;
    let next = 0;
    let done = 0;
    const insertStart = performance.now();
    const worker = async () => {
      const client = await pool.connect();
      try {
        for (;;) {
          const from = next;
          if (from >= count) return;
          next = Math.min(count, from + BATCH);
          const g0 = performance.now();
          const rows: SyntheticPerson[] = [];
          for (let i = from; i < next; i++) {
            const p = syntheticPerson(i, opts.seed, orgs, opts.year);
            rows.push(p);
            if (i % opts.sampleEvery === 0) samples.push(p);
          }
          generateMs += performance.now() - g0;
          await insertBatch(client, tenantId, rows);
          done += rows.length;
          opts.progress?.(done);
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    const insertMs = performance.now() - insertStart;
    const indexStart = performance.now();
    const client = await pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '512MB'`);
      for (const i of gin) await client.query(i.indexdef);
    } finally {
      client.release();
    }
    const indexMs = performance.now() - indexStart;
    const analyzeStart = performance.now();
    await pool.query('ANALYZE person, person_identity, person_organisation');
    return { people: count, generateMs, insertMs, indexMs, analyzeMs: performance.now() - analyzeStart, samples, indexes: gin.map((i) => i.indexdef) };
  } finally {
    await pool.end();
  }
}
