import { columnOf, TABLES, type TableName } from './hsds-tables.js';
import { groupBy, type Graph, type Row } from './hsds-graph.js';

// Database rows → HSDS 3.1 objects. The field whitelist of each object is its table spec
// (hsds-tables.ts): nothing else leaves, whatever columns the table grows (created_by,
// confidential, publication_state…). Values HSDS constrains (uri, email, numbers) are emitted only
// when they satisfy the schema, so every response validates.

const URI_FIELDS = new Set(['url', 'website', 'uri', 'schedule_link', 'term_uri']);
const EMAIL_FIELDS = new Set(['email', 'assurer_email']);
// The email pattern of ajv-formats, so that what we emit is what validators accept.
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validUri(v: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

export interface PresentOptions {
  full: boolean;
  /** Public output names no staff member: metadata `updated_by` becomes the directory's maintainer. */
  maintainer?: string;
}

/** The HSDS fields of one row (null and invalid values left out). */
export function hsdsFields(table: TableName, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of TABLES[table].fields) {
    const v = row[columnOf(f)];
    if (v === null || v === undefined) continue;
    if (f.type === 'int' || f.type === 'num') out[f.name] = Number(v);
    else if (f.type === 'datetime') out[f.name] = v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString();
    else if (f.name === 'extension') {
      if (/^\d{1,9}$/.test(String(v))) out[f.name] = Number(v);
    } else if (typeof v === 'string' && URI_FIELDS.has(f.name) && table !== 'service_area') {
      if (validUri(v)) out[f.name] = v;
    } else if (typeof v === 'string' && EMAIL_FIELDS.has(f.name)) {
      if (EMAIL.test(v)) out[f.name] = v;
    } else if (f.name === 'country') out[f.name] = String(v).trim();
    else out[f.name] = v;
  }
  return out;
}

/** A taxonomy term with its taxonomy nested as `taxonomy_detail`. */
export function presentTerm(t: Row, taxonomy: Row | null): Record<string, unknown> {
  return { ...hsdsFields('taxonomy_term', t), ...(taxonomy ? { taxonomy_detail: hsdsFields('taxonomy', taxonomy) } : {}) };
}

type Index = Record<string, Map<string, Row[]>>;

/** Presents the records of a loaded graph; children are looked up in maps built once. */
export class HsdsPresenter {
  private readonly idx: Index;
  private readonly byId: Record<string, Map<string, Row>>;

  constructor(
    private readonly g: Graph,
    private readonly opts: PresentOptions,
  ) {
    const k = (rows: Row[], col: string) => groupBy(rows, col);
    this.idx = {
      phoneByService: k(g.phones, 'service_id'), phoneByLocation: k(g.phones, 'location_id'), phoneBySal: k(g.phones, 'service_at_location_id'),
      phoneByOrg: k(g.phones, 'organization_id'), phoneByContact: k(g.phones, 'contact_id'),
      contactByService: k(g.contacts, 'service_id'), contactByLocation: k(g.contacts, 'location_id'), contactBySal: k(g.contacts, 'service_at_location_id'),
      contactByOrg: k(g.contacts, 'organization_id'),
      scheduleByService: k(g.schedules, 'service_id'), scheduleByLocation: k(g.schedules, 'location_id'), scheduleBySal: k(g.schedules, 'service_at_location_id'),
      languageByService: k(g.languages, 'service_id'), languageByLocation: k(g.languages, 'location_id'), languageByPhone: k(g.languages, 'phone_id'),
      areaByService: k(g.serviceAreas, 'service_id'), areaBySal: k(g.serviceAreas, 'service_at_location_id'),
      salByService: k(g.sals, 'service_id'), address: k(g.addresses, 'location_id'), accessibility: k(g.accessibility, 'location_id'),
      cost: k(g.costOptions, 'service_id'), document: k(g.requiredDocuments, 'service_id'), capacity: k(g.capacities, 'service_id'),
      fundingByService: k(g.funding, 'service_id'), fundingByOrg: k(g.funding, 'organization_id'), urlByService: k(g.urls, 'service_id'),
      urlByOrg: k(g.urls, 'organization_id'), locationByOrg: k(g.locations, 'organization_id'), programByOrg: k(g.programs, 'organization_id'),
      identifier: k(g.identifiers, 'organization_id'), serviceByOrg: k(g.services, 'organization_id'), attribute: k(g.attributes, 'link_id'),
      metadata: k(g.metadata, 'resource_id'),
    };
    const m = (rows: Row[]) => new Map(rows.map((r) => [r.id as string, r]));
    this.byId = { organization: m(g.organizations), program: m(g.programs), location: m(g.locations), service: m(g.services) };
  }

  private list<T>(key: string, id: string, fn: (r: Row) => T): T[] {
    return (this.idx[key]!.get(id) ?? []).map(fn);
  }

  private extras(id: string): Record<string, unknown> {
    const attributes = this.list('attribute', id, (a) => this.attribute(a));
    const metadata = this.list('metadata', id, (m) => ({ ...hsdsFields('metadata', m), ...(this.opts.maintainer ? { updated_by: this.opts.maintainer } : {}) }));
    return { ...(attributes.length ? { attributes } : {}), ...(metadata.length ? { metadata } : {}) };
  }

  attribute(a: Row): Record<string, unknown> {
    const term = a.taxonomy_term as Row;
    return { ...hsdsFields('attribute', a), taxonomy_term: presentTerm(term, a.taxonomy_detail as Row | null) };
  }

  phone = (p: Row) => ({ ...hsdsFields('phone', p), languages: this.list('languageByPhone', p.id, (l) => hsdsFields('language', l)), ...this.extras(p.id) });
  contact = (c: Row) => ({ ...hsdsFields('contact', c), phones: this.list('phoneByContact', c.id, this.phone), ...this.extras(c.id) });
  schedule = (s: Row) => ({ ...hsdsFields('schedule', s), ...this.extras(s.id) });

  location = (l: Row): Record<string, unknown> => {
    const base = hsdsFields('location', l);
    if (!this.opts.full) return base;
    return {
      ...base,
      languages: this.list('languageByLocation', l.id, (x) => hsdsFields('language', x)),
      addresses: this.list('address', l.id, (a) => ({ ...hsdsFields('address', a), ...this.extras(a.id) })),
      contacts: this.list('contactByLocation', l.id, this.contact),
      accessibility: this.list('accessibility', l.id, (a) => hsdsFields('accessibility', a)),
      phones: this.list('phoneByLocation', l.id, this.phone),
      schedules: this.list('scheduleByLocation', l.id, this.schedule),
      ...this.extras(l.id),
    };
  };

  /** A service-at-location; `withService` adds the service (list shape), as the /service_at_locations endpoints do. */
  sal = (x: Row, withService = false): Record<string, unknown> => {
    const location = this.byId.location!.get(x.location_id);
    const service = withService ? this.byId.service!.get(x.service_id) : undefined;
    const base = { ...hsdsFields('service_at_location', x), ...(location ? { location: this.location(location) } : {}), ...(service ? { service: this.serviceList(service) } : {}) };
    if (!this.opts.full) return base;
    return {
      ...base,
      service_areas: this.list('areaBySal', x.id, (a) => hsdsFields('service_area', a)),
      contacts: this.list('contactBySal', x.id, this.contact),
      phones: this.list('phoneBySal', x.id, this.phone),
      schedules: this.list('scheduleBySal', x.id, this.schedule),
      ...this.extras(x.id),
    };
  };

  /** The one-to-one shape of /services lists: the service with its organization and program. */
  serviceList = (s: Row): Record<string, unknown> => {
    const org = this.byId.organization!.get(s.organization_id);
    const program = s.program_id ? this.byId.program!.get(s.program_id) : undefined;
    return { ...hsdsFields('service', s), ...(org ? { organization: hsdsFields('organization', org) } : {}), ...(program ? { program: hsdsFields('program', program) } : {}) };
  };

  service = (s: Row): Record<string, unknown> => {
    const base = this.serviceList(s);
    if (!this.opts.full) return base;
    return {
      ...base,
      additional_urls: this.list('urlByService', s.id, (u) => hsdsFields('url', u)).filter((u) => 'url' in u),
      phones: this.list('phoneByService', s.id, this.phone),
      schedules: this.list('scheduleByService', s.id, this.schedule),
      service_areas: this.list('areaByService', s.id, (a) => hsdsFields('service_area', a)),
      service_at_locations: this.list('salByService', s.id, (x) => this.sal(x)),
      languages: this.list('languageByService', s.id, (l) => hsdsFields('language', l)),
      funding: this.list('fundingByService', s.id, (f) => hsdsFields('funding', f)),
      cost_options: this.list('cost', s.id, (c) => hsdsFields('cost_option', c)),
      required_documents: this.list('document', s.id, (d) => hsdsFields('required_document', d)),
      contacts: this.list('contactByService', s.id, this.contact),
      capacities: this.list('capacity', s.id, (c) => ({ ...hsdsFields('service_capacity', c), unit: hsdsFields('unit', c.unit as Row) })),
      ...this.extras(s.id),
    };
  };

  /** `withServices`: the organization's shown services in list shape (the /organizations/{id} answer). */
  organization = (o: Row, withServices = true): Record<string, unknown> => {
    const base = hsdsFields('organization', o);
    if (!this.opts.full) return base;
    return {
      ...base,
      additional_websites: this.list('urlByOrg', o.id, (u) => hsdsFields('url', u)).filter((u) => 'url' in u),
      funding: this.list('fundingByOrg', o.id, (f) => hsdsFields('funding', f)),
      contacts: this.list('contactByOrg', o.id, this.contact),
      phones: this.list('phoneByOrg', o.id, this.phone),
      locations: this.list('locationByOrg', o.id, this.location),
      programs: this.list('programByOrg', o.id, (p) => hsdsFields('program', p)),
      organization_identifiers: this.list('identifier', o.id, (i) => hsdsFields('organization_identifier', i)),
      ...(withServices ? { services: this.list('serviceByOrg', o.id, this.serviceList) } : {}),
      ...this.extras(o.id),
    };
  };
}
