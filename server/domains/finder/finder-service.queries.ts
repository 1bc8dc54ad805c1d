import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database.js';
import type { TranslationMap } from '../../platform/db/directory-schema.js';
import { NEEDS_TAXONOMY } from '../directory/needs-taxonomy.js';
import type { ScheduleRule } from './open-now.js';
import { PUBLIC_SERVICE } from './finder-search.queries.js';

// Read side of the public service page and home page, inside withTenant WITHOUT protection access.

export async function findTenantBySlug(tx: Tx, slug: string): Promise<{ id: string; slug: string; name: string } | null> {
  // Tenant names and slugs are public (RLS policy tenant_read).
  const row = await tx.selectFrom('tenant').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
  return row ?? null;
}

export interface NeedTerm {
  code: string;
  name: string;
  translations: TranslationMap;
}

export interface NeedTile extends NeedTerm {
  count: number;
}

/** The needs taxonomy's terms (the search form's choices). */
export async function listNeedTerms(tx: Tx, tenantId: string): Promise<NeedTerm[]> {
  const { rows } = await sql<NeedTerm>`
    SELECT tt.code, tt.name, tt.translations
    FROM dir_taxonomy_term tt JOIN dir_taxonomy x ON x.tenant_id = tt.tenant_id AND x.id = tt.taxonomy_id
    WHERE tt.tenant_id = ${tenantId} AND x.uri = ${NEEDS_TAXONOMY.uri} AND tt.code IS NOT NULL
    ORDER BY tt.name`.execute(tx);
  return rows;
}

/**
 * The needs taxonomy's terms with the number of public services tagged with each, counted in
 * dir_finder_place (public services only, one `first` row per service; migration 0008).
 */
export async function listNeeds(tx: Tx, tenantId: string): Promise<NeedTile[]> {
  const [terms, { rows }] = [
    await listNeedTerms(tx, tenantId),
    await sql<{ code: string; count: number }>`SELECT n.code, count(*)::int AS count FROM dir_finder_place p, unnest(p.needs) AS n(code)
      WHERE p.tenant_id = ${tenantId} AND p.first GROUP BY n.code`.execute(tx),
  ];
  const counts = new Map(rows.map((r) => [r.code, r.count]));
  return terms.map((t) => ({ ...t, count: counts.get(t.code) ?? 0 }));
}

/**
 * Codes of the languages that public services speak (for the language filter): one index probe
 * per distinct code (a loose index scan of dir_language_code_idx), then the first public speaker of
 * each (a LIMIT 1 sub-select: as EXISTS the planner would join all speakers).
 */
export async function spokenLanguages(tx: Tx, tenantId: string): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    WITH RECURSIVE codes(code) AS (
      SELECT min(dl.code) FROM dir_language dl WHERE dl.tenant_id = ${tenantId}
      UNION ALL
      SELECT (SELECT min(dl.code) FROM dir_language dl WHERE dl.tenant_id = ${tenantId} AND dl.code > c.code) FROM codes c WHERE c.code IS NOT NULL
    )
    SELECT c.code FROM codes c
    WHERE c.code ~ '^[a-z]{2,3}$' AND coalesce((SELECT true FROM dir_language dl JOIN dir_service s ON s.tenant_id = dl.tenant_id AND s.id = dl.service_id
      WHERE dl.tenant_id = ${tenantId} AND dl.code = c.code AND ${PUBLIC_SERVICE} LIMIT 1), false)
    ORDER BY 1`.execute(tx);
  return rows.map((r) => r.code);
}

export interface PublicLocation {
  id: string;
  name: string | null;
  description: string | null;
  transportation: string | null;
  translations: TranslationMap;
  latitude: number | null;
  longitude: number | null;
  neighbourhood: string | null;
  addresses: { address1: string; address2: string | null; postalCode: string; city: string }[];
  accessibility: { description: string | null; details: string | null }[];
}

export interface PublicService {
  id: string;
  name: string;
  description: string;
  translations: TranslationMap;
  status: string;
  url: string | null;
  email: string | null;
  fees: string | null;
  alert: string | null;
  eligibilityDescription: string | null;
  applicationProcess: string | null;
  feesDescription: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  lastVerifiedAt: Date | null;
  targetGroups: string[];
  residencePermitRequirement: string;
  interpretationAvailable: boolean;
  childcareAvailable: boolean;
  womenOnly: boolean;
  freeOfCharge: boolean;
  organizationName: string;
  organizationTranslations: TranslationMap;
  needs: { code: string; name: string; translations: TranslationMap }[];
  locations: PublicLocation[];
  schedules: (ScheduleRule & { description: string | null; translations: TranslationMap })[];
  languages: string[];
  documents: { document: string | null; uri: string | null; translations: TranslationMap }[];
  phones: { number: string; description: string | null; translations: TranslationMap }[];
  urls: { label: string | null; url: string }[];
  costs: { option: string | null; amount: string | null; currency: string | null; amountDescription: string | null }[];
}

/** A publicly visible service with what its page shows (explicit field lists), or null. */
export async function getPublicService(tx: Tx, tenantId: string, id: string): Promise<PublicService | null> {
  const { rows } = await sql<Omit<PublicService, 'needs' | 'locations' | 'schedules' | 'languages' | 'documents' | 'phones' | 'urls' | 'costs'>>`
    SELECT s.id, s.name, s.description, s.translations, s.status, s.url, s.email, s.fees, s.alert, s.eligibility_description,
      s.application_process, s.fees_description, s.minimum_age, s.maximum_age, s.last_verified_at, s.target_groups,
      s.residence_permit_requirement, s.interpretation_available, s.childcare_available, s.women_only, s.free_of_charge,
      o.name AS organization_name, o.translations AS organization_translations
    FROM dir_service s JOIN dir_organization o ON o.tenant_id = s.tenant_id AND o.id = s.organization_id
    WHERE s.tenant_id = ${tenantId} AND s.id = ${id} AND ${PUBLIC_SERVICE}`.execute(tx);
  const service = rows[0];
  if (!service) return null;

  const needs = await sql<{ code: string; name: string; translations: TranslationMap }>`
    SELECT tt.code, tt.name, tt.translations FROM dir_attribute a JOIN dir_taxonomy_term tt ON tt.tenant_id = a.tenant_id AND tt.id = a.taxonomy_term_id
    WHERE a.tenant_id = ${tenantId} AND a.link_entity = 'service' AND a.link_id = ${id} AND tt.code IS NOT NULL ORDER BY tt.name`.execute(tx);

  const locations = await sql<Omit<PublicLocation, 'addresses' | 'accessibility'>>`
    SELECT l.id, l.name, l.description, l.transportation, l.translations, l.latitude::float8 AS latitude, l.longitude::float8 AS longitude, l.neighbourhood
    FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
    WHERE sal.tenant_id = ${tenantId} AND sal.service_id = ${id} AND NOT l.confidential AND l.location_type <> 'postal'
    ORDER BY l.name NULLS LAST, l.id`.execute(tx);
  const locationIds = locations.rows.map((l) => l.id);
  const noIds = ['00000000-0000-0000-0000-000000000000'];
  const ids = locationIds.length ? locationIds : noIds;

  const [addresses, access, schedules, languages, documents, phones, urls, costs] = await Promise.all([
    tx.selectFrom('dirAddress').select(['locationId', 'address1', 'address2', 'postalCode', 'city']).where('locationId', 'in', ids).where('addressType', '<>', 'postal').execute(),
    tx.selectFrom('dirAccessibility').select(['locationId', 'description', 'details']).where('locationId', 'in', ids).execute(),
    sql<ScheduleRule & { description: string | null; translations: TranslationMap }>`
      SELECT sc.freq, sc.byday, to_char(sc.opens_at, 'HH24:MI:SS') AS opens_at, to_char(sc.closes_at, 'HH24:MI:SS') AS closes_at,
        sc.valid_from, sc.valid_to, sc.dtstart, sc.until, sc.interval, sc.description, sc.translations
      FROM dir_schedule sc WHERE sc.tenant_id = ${tenantId} AND (sc.service_id = ${id} OR sc.location_id = ANY(${ids}::uuid[])
        OR sc.service_at_location_id IN (SELECT x.id FROM dir_service_at_location x WHERE x.tenant_id = ${tenantId} AND x.service_id = ${id}))
      ORDER BY sc.opens_at NULLS LAST, sc.byday`.execute(tx),
    tx.selectFrom('dirLanguage').select('code').distinct().where('serviceId', '=', id).where('code', 'is not', null).orderBy('code').execute(),
    tx.selectFrom('dirRequiredDocument').select(['document', 'uri', 'translations']).where('serviceId', '=', id).orderBy('document').execute(),
    tx
      .selectFrom('dirPhone')
      .select(['number', 'description', 'translations'])
      .where((eb) => eb.or([eb('serviceId', '=', id), eb('locationId', 'in', ids)]))
      .orderBy('number')
      .execute(),
    tx.selectFrom('dirUrl').select(['label', 'url']).where('serviceId', '=', id).orderBy('label').execute(),
    tx.selectFrom('dirCostOption').select(['option', 'amount', 'currency', 'amountDescription']).where('serviceId', '=', id).execute(),
  ]);
  return {
    ...service,
    needs: needs.rows,
    locations: locations.rows.map((l) => ({
      ...l,
      addresses: addresses.filter((a) => a.locationId === l.id),
      accessibility: access.filter((a) => a.locationId === l.id),
    })),
    schedules: schedules.rows,
    languages: languages.map((l) => l.code!).filter(Boolean),
    documents,
    phones,
    urls: urls.filter((u) => /^https?:\/\//i.test(u.url)),
    costs,
  };
}

/** Pages about anti-violence services are never stored by browsers or proxies. */
export function isSensitiveService(s: Pick<PublicService, 'needs' | 'targetGroups'>): boolean {
  return s.needs.some((n) => n.code === 'anti-violence') || s.targetGroups.includes('survivors');
}
