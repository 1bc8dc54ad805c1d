import type { Tx } from '../../platform/db/database.js';
import { linksVisible, locationVisible, serviceVisible, type Audience } from './hsds-visibility.js';
import { rawQuery } from './import/upsert.js';

// Loads the records behind one page of HSDS output with a fixed number of queries, whatever the
// page size: each table is read once with `= ANY(ids)` for all the page's parents (no N+1).

export type Row = Record<string, any>;

export interface Graph {
  services: Row[];
  organizations: Row[];
  programs: Row[];
  sals: Row[];
  locations: Row[];
  addresses: Row[];
  contacts: Row[];
  phones: Row[];
  schedules: Row[];
  languages: Row[];
  accessibility: Row[];
  costOptions: Row[];
  requiredDocuments: Row[];
  serviceAreas: Row[];
  funding: Row[];
  urls: Row[];
  capacities: Row[];
  identifiers: Row[];
  attributes: Row[];
  metadata: Row[];
}

export interface GraphSeeds {
  serviceIds?: string[];
  organizationIds?: string[];
  salIds?: string[];
  locationIds?: string[];
}

const ids = (rows: Row[], col = 'id') => [...new Set(rows.map((r) => r[col]).filter((v): v is string => typeof v === 'string'))];
const ORDER = 'ORDER BY id';

/**
 * `full`: every nested record (the fully nested service/organization/location); otherwise only
 * what the list shapes carry (service + organization + program, service-at-location + location + service).
 * Organization seeds bring their programs, identifiers, org-level contacts, phones, funding, urls
 * and their locations (for 'public', only locations where a shown service is delivered).
 */
export async function loadGraph(tx: Tx, audience: Audience, seeds: GraphSeeds, full: boolean): Promise<Graph> {
  const q = <R = Row>(text: string, params: unknown[]) => rawQuery<R>(tx, text, params);
  const orgSeeds = seeds.organizationIds ?? [];
  const salSeed = seeds.salIds?.length
    ? await q(`SELECT sal.* FROM dir_service_at_location sal WHERE sal.id = ANY($1::uuid[])`, [seeds.salIds])
    : [];
  const serviceIds = [...new Set([...(seeds.serviceIds ?? []), ...ids(salSeed, 'service_id')])];
  const services = serviceIds.length
    ? await q(`SELECT s.* FROM dir_service s WHERE s.id = ANY($1::uuid[]) AND ${serviceVisible('s', audience)} ${ORDER}`, [serviceIds])
    : [];
  const shownServiceIds = ids(services);
  // Which service-at-locations: all of a fully nested service's, or just the seeded ones.
  const sals = await q(
    `SELECT sal.* FROM dir_service_at_location sal JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id AND ${locationVisible('l')}
     WHERE sal.service_id = ANY($1::uuid[]) AND (${full ? 'true' : 'false'} OR sal.id = ANY($2::uuid[])) ORDER BY sal.id`,
    [shownServiceIds, seeds.salIds ?? []],
  );
  const orgLocations = orgSeeds.length && full
    ? await q(
        `SELECT l.id FROM dir_location l WHERE l.organization_id = ANY($1::uuid[]) AND ${locationVisible('l')}
         ${audience === 'public' ? `AND EXISTS (SELECT 1 FROM dir_service_at_location x JOIN dir_service s ON s.tenant_id = x.tenant_id AND s.id = x.service_id WHERE x.tenant_id = l.tenant_id AND x.location_id = l.id AND ${serviceVisible('s', audience)})` : ''}`,
        [orgSeeds],
      )
    : [];
  const locationIds = [...new Set([...ids(sals, 'location_id'), ...ids(orgLocations), ...(seeds.locationIds ?? [])])];
  const locations = locationIds.length ? await q(`SELECT l.* FROM dir_location l WHERE l.id = ANY($1::uuid[]) AND ${locationVisible('l')} ${ORDER}`, [locationIds]) : [];
  const orgIds = [...new Set([...ids(services, 'organization_id'), ...orgSeeds])];
  const organizations = orgIds.length ? await q(`SELECT o.* FROM dir_organization o WHERE o.id = ANY($1::uuid[]) ${ORDER}`, [orgIds]) : [];
  const programs = await q(
    `SELECT p.* FROM dir_program p WHERE p.id = ANY($1::uuid[]) OR (${full ? 'true' : 'false'} AND p.organization_id = ANY($2::uuid[])) ${ORDER}`,
    [ids(services, 'program_id'), orgSeeds],
  );
  const graph: Graph = {
    services, organizations, programs, sals, locations, addresses: [], contacts: [], phones: [], schedules: [], languages: [], accessibility: [],
    costOptions: [], requiredDocuments: [], serviceAreas: [], funding: [], urls: [], capacities: [], identifiers: [], attributes: [], metadata: [],
  };
  if (!full) return graph;

  const S = shownServiceIds;
  const L = ids(locations);
  const SAL = ids(sals);
  const O = orgSeeds;
  const child = (table: string, where: string, params: unknown[]) =>
    q(`SELECT x.* FROM ${table} x WHERE (${where}) AND ${linksVisible(table, 'x', audience)} ORDER BY x.id`, params);
  graph.addresses = await child('dir_address', 'x.location_id = ANY($1::uuid[])', [L]);
  graph.contacts = await child('dir_contact', 'x.service_id = ANY($1::uuid[]) OR x.location_id = ANY($2::uuid[]) OR x.service_at_location_id = ANY($3::uuid[]) OR x.organization_id = ANY($4::uuid[])', [S, L, SAL, O]);
  graph.phones = await child(
    'dir_phone',
    'x.service_id = ANY($1::uuid[]) OR x.location_id = ANY($2::uuid[]) OR x.service_at_location_id = ANY($3::uuid[]) OR x.organization_id = ANY($4::uuid[]) OR x.contact_id = ANY($5::uuid[])',
    [S, L, SAL, O, ids(graph.contacts)],
  );
  graph.schedules = await child('dir_schedule', 'x.service_id = ANY($1::uuid[]) OR x.location_id = ANY($2::uuid[]) OR x.service_at_location_id = ANY($3::uuid[])', [S, L, SAL]);
  graph.languages = await child('dir_language', 'x.service_id = ANY($1::uuid[]) OR x.location_id = ANY($2::uuid[]) OR x.phone_id = ANY($3::uuid[])', [S, L, ids(graph.phones)]);
  graph.accessibility = await child('dir_accessibility', 'x.location_id = ANY($1::uuid[])', [L]);
  graph.costOptions = await child('dir_cost_option', 'x.service_id = ANY($1::uuid[])', [S]);
  graph.requiredDocuments = await child('dir_required_document', 'x.service_id = ANY($1::uuid[])', [S]);
  graph.serviceAreas = await child('dir_service_area', 'x.service_id = ANY($1::uuid[]) OR x.service_at_location_id = ANY($2::uuid[])', [S, SAL]);
  graph.funding = await child('dir_funding', 'x.service_id = ANY($1::uuid[]) OR x.organization_id = ANY($2::uuid[])', [S, O]);
  graph.urls = await child('dir_url', 'x.service_id = ANY($1::uuid[]) OR x.organization_id = ANY($2::uuid[])', [S, O]);
  graph.capacities = await q(`SELECT c.*, to_jsonb(u) - 'tenant_id' AS unit FROM dir_service_capacity c JOIN dir_unit u ON u.tenant_id = c.tenant_id AND u.id = c.unit_id WHERE c.service_id = ANY($1::uuid[]) ORDER BY c.id`, [S]);
  graph.identifiers = await q(`SELECT i.* FROM dir_organization_identifier i WHERE i.organization_id = ANY($1::uuid[]) ORDER BY i.id`, [O]);
  const linked = [...S, ...L, ...SAL, ...O, ...ids(graph.contacts), ...ids(graph.phones), ...ids(graph.schedules), ...ids(graph.addresses)];
  graph.attributes = await q(
    `SELECT a.*, to_jsonb(t) - 'tenant_id' AS taxonomy_term, to_jsonb(x) - 'tenant_id' AS taxonomy_detail
     FROM dir_attribute a JOIN dir_taxonomy_term t ON t.tenant_id = a.tenant_id AND t.id = a.taxonomy_term_id
     LEFT JOIN dir_taxonomy x ON x.tenant_id = t.tenant_id AND x.id = t.taxonomy_id
     WHERE a.link_id = ANY($1::uuid[]) ORDER BY a.id`,
    [linked],
  );
  graph.metadata = await q(`SELECT m.* FROM dir_metadata m WHERE m.resource_id = ANY($1::uuid[]) ORDER BY m.id`, [[...S, ...L, ...O]]);
  return graph;
}

/** Rows grouped by a column, for nesting: `by(graph.phones, 'service_id').get(id)`. */
export function groupBy(rows: Row[], col: string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = r[col];
    if (typeof k !== 'string') continue;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}
