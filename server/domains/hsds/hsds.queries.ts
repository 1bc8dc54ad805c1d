import type { Tx } from '../../platform/db/database.js';
import { locationVisible, serviceVisible } from './hsds-visibility.js';
import { rawQuery } from './import/upsert.js';

// The id lists behind each HSDS endpoint, filtered and paged in SQL (the records themselves are
// then loaded by hsds-graph.ts). Ordered by id, which the primary key serves; `afterId` pages by
// key for the ndjson stream.

export interface HsdsFilters {
  search?: string;
  taxonomy_term_id?: string;
  taxonomy_id?: string;
  organization_id?: string;
  modified_after?: string;
  postcode?: string;
  proximity?: { lat: number; lng: number; km: number };
  parent_id?: string;
}

export interface Paging {
  limit: number;
  offset?: number;
  afterId?: string;
}

export type Endpoint = 'services' | 'service_at_locations' | 'organizations' | 'taxonomies' | 'taxonomy_terms';

const like = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sqlText: (p: (value: unknown) => string) => string) {
    this.parts.push(sqlText((value) => `$${this.params.push(value)}`));
  }
  get text() {
    return this.parts.length ? this.parts.join(' AND ') : 'true';
  }
}

/** Conditions on the attributes (needs and other taxonomy terms) of the record `alias`. */
function tagConditions(alias: string, f: HsdsFilters, p: (value: unknown) => string): string[] {
  const out: string[] = [];
  if (f.taxonomy_term_id) {
    out.push(`EXISTS (SELECT 1 FROM dir_attribute a WHERE a.tenant_id = ${alias}.tenant_id AND a.link_id = ${alias}.id AND a.taxonomy_term_id = ${p(f.taxonomy_term_id)}::uuid)`);
  }
  if (f.taxonomy_id) {
    out.push(`EXISTS (SELECT 1 FROM dir_attribute a JOIN dir_taxonomy_term t ON t.tenant_id = a.tenant_id AND t.id = a.taxonomy_term_id
      WHERE a.tenant_id = ${alias}.tenant_id AND a.link_id = ${alias}.id AND t.taxonomy_id = ${p(f.taxonomy_id)}::uuid)`);
  }
  return out;
}

const taggedWith = (w: Where, alias: string, f: HsdsFilters) => w.add((p) => [`true`, ...tagConditions(alias, f, p)].join(' AND '));

/** FROM + WHERE of an endpoint's query; `key` is the id column, `order` the default order. */
function build(endpoint: Endpoint, f: HsdsFilters): { from: string; where: Where; key: string; distance?: string } {
  const w = new Where();
  switch (endpoint) {
    case 'services': {
      w.add(() => serviceVisible('s', 'public'));
      if (f.search) w.add((p) => `s.search_text LIKE f_unaccent(${p(like(f.search!))})`);
      if (f.organization_id) w.add((p) => `s.organization_id = ${p(f.organization_id)}::uuid`);
      if (f.modified_after) w.add((p) => `s.last_modified >= ${p(f.modified_after)}::timestamptz`);
      taggedWith(w, 's', f);
      return { from: 'dir_service s', where: w, key: 's.id' };
    }
    case 'service_at_locations': {
      w.add(() => `${serviceVisible('s', 'public')} AND ${locationVisible('l')}`);
      if (f.search) w.add((p) => `s.search_text LIKE f_unaccent(${p(like(f.search!))})`);
      if (f.organization_id) w.add((p) => `s.organization_id = ${p(f.organization_id)}::uuid`);
      if (f.modified_after) w.add((p) => `s.last_modified >= ${p(f.modified_after)}::timestamptz`);
      if (f.postcode) w.add((p) => `EXISTS (SELECT 1 FROM dir_address ad WHERE ad.tenant_id = l.tenant_id AND ad.location_id = l.id AND replace(ad.postal_code, ' ', '') = replace(${p(f.postcode)}, ' ', ''))`);
      let distance: string | undefined;
      if (f.proximity) {
        const { lat, lng, km } = f.proximity;
        const point = (p: (v: unknown) => string) => `ll_to_earth(${p(lat)}::float8, ${p(lng)}::float8)`;
        w.add((p) => `l.latitude IS NOT NULL AND earth_box(${point(p)}, ${p(km * 1000)}::float8) @> ll_to_earth(l.latitude::float8, l.longitude::float8)
          AND earth_distance(${point(p)}, ll_to_earth(l.latitude::float8, l.longitude::float8)) <= ${p(km * 1000)}::float8`);
        distance = `earth_distance(ll_to_earth(${Number(lat)}::float8, ${Number(lng)}::float8), ll_to_earth(l.latitude::float8, l.longitude::float8))`;
      }
      taggedWith(w, 's', f);
      return {
        from: `dir_service_at_location sal JOIN dir_service s ON s.tenant_id = sal.tenant_id AND s.id = sal.service_id
               JOIN dir_location l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id`,
        where: w, key: 'sal.id', distance,
      };
    }
    case 'organizations': {
      // An organization is public through its shown services; one with none stays out of sight.
      w.add((p) => `EXISTS (SELECT 1 FROM dir_service s WHERE s.tenant_id = o.tenant_id AND s.organization_id = o.id AND ${[serviceVisible('s', 'public'), ...tagConditions('s', f, p)].join(' AND ')})`);
      if (f.search) w.add((p) => `f_unaccent(lower(o.name || ' ' || coalesce(o.alternate_name, ''))) LIKE f_unaccent(${p(like(f.search!))})`);
      if (f.modified_after) w.add((p) => `o.updated_at >= ${p(f.modified_after)}::timestamptz`);
      return { from: 'dir_organization o', where: w, key: 'o.id' };
    }
    case 'taxonomies':
      if (f.search) w.add((p) => `f_unaccent(lower(x.name)) LIKE f_unaccent(${p(like(f.search!))})`);
      return { from: 'dir_taxonomy x', where: w, key: 'x.id' };
    case 'taxonomy_terms':
      if (f.search) w.add((p) => `f_unaccent(lower(t.name || ' ' || coalesce(t.code, '') || ' ' || t.translations::text)) LIKE f_unaccent(${p(like(f.search!))})`);
      if (f.taxonomy_id) w.add((p) => `t.taxonomy_id = ${p(f.taxonomy_id)}::uuid`);
      if (f.parent_id) w.add((p) => `t.parent_id = ${p(f.parent_id)}::uuid`);
      return { from: 'dir_taxonomy_term t', where: w, key: 't.id' };
  }
}

export async function countIds(tx: Tx, endpoint: Endpoint, f: HsdsFilters): Promise<number> {
  const { from, where } = build(endpoint, f);
  const rows = await rawQuery<{ n: number }>(tx, `SELECT count(*)::int AS n FROM ${from} WHERE ${where.text}`, where.params);
  return rows[0]?.n ?? 0;
}

export async function listIds(tx: Tx, endpoint: Endpoint, f: HsdsFilters, paging: Paging): Promise<string[]> {
  const { from, where, key, distance } = build(endpoint, f);
  if (paging.afterId) where.add((p) => `${key} > ${p(paging.afterId)}::uuid`);
  const order = distance && !paging.afterId ? `${distance}, ${key}` : key;
  const limit = `$${where.params.push(paging.limit)}`;
  const offset = `$${where.params.push(paging.offset ?? 0)}`;
  const rows = await rawQuery<{ id: string }>(tx, `SELECT ${key} AS id FROM ${from} WHERE ${where.text} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, where.params);
  return rows.map((r) => r.id);
}

/** The shown services of one organization (for /organizations/{id}). */
export async function organizationServiceIds(tx: Tx, organizationId: string): Promise<string[]> {
  const rows = await rawQuery<{ id: string }>(tx, `SELECT s.id FROM dir_service s WHERE s.organization_id = $1::uuid AND ${serviceVisible('s', 'public')} ORDER BY s.id`, [organizationId]);
  return rows.map((r) => r.id);
}
