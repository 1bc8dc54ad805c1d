// The OpenAPI description of the HSDS API as Approdo serves it (GET /hsds/{tenant}/openapi.json):
// the HSDS 3.1 "HSDA" endpoints we implement, with the parameters we honour. Response bodies are
// the HSDS 3.1 objects named by `x-hsds-schema` (Human Services Data Specification: an Open
// Referral resource, https://openreferral.org/, CC BY-SA 4.0) with the Approdo profile's
// `x_approdo_*` extensions (docs/hsds-profile.md).

const param = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const PAGING = [
  param('page', 'Page number, from 1.', { type: 'integer', minimum: 1, default: 1 }),
  param('per_page', 'Items per page (at most 200; larger values are reduced to 200).', { type: 'integer', minimum: 1, default: 50 }),
  param('format', '`ndjson` streams every result, one JSON object per line, without pagination.', { type: 'string', enum: ['json', 'ndjson'] }),
  param('search', 'Text contained in the name or description (accents and case ignored).'),
];
const FILTERS = [
  param('taxonomy_term_id', 'Only records tagged with this taxonomy term.', { type: 'string', format: 'uuid' }),
  param('taxonomy_id', 'Only records tagged with a term of this taxonomy.', { type: 'string', format: 'uuid' }),
  param('organization_id', 'Only services of this organization.', { type: 'string', format: 'uuid' }),
  param('modified_after', 'Only records modified on or after this date-time (RFC 3339).', { type: 'string', format: 'date-time' }),
  param('full', '`true`: fully nested objects instead of the list shape.', { type: 'boolean' }),
];
const ID = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const page = (schema: string) => ({
  description: `HSDS Page envelope (total_items, total_pages, page_number, size, first_page, last_page, empty) with \`contents\`: ${schema} objects.`,
  content: { 'application/json': { schema: { type: 'object', 'x-hsds-schema': schema } }, 'application/x-ndjson': { schema: { type: 'string' } } },
});
const one = (schema: string) => ({ description: `HSDS 3.1 ${schema}`, content: { 'application/json': { schema: { type: 'object', 'x-hsds-schema': schema } } } });
const notFound = { description: 'Unknown tenant or record: {"error": {"code": "NOT_FOUND", "message", "requestId"}}' };
const limited = { description: 'Too many requests from this address; retry after the Retry-After header.' };
const get = (summary: string, parameters: unknown[], ok: unknown) => ({ get: { summary, parameters, responses: { 200: ok, 404: notFound, 429: limited } } });

export function hsdsOpenApi(baseUrl: string, tenantName: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: `HSDS API — ${tenantName}`,
      version: '3.1',
      summary: 'Open Referral HSDS 3.1 directory of services, published by Approdo.',
      description:
        'Published, active services only: never drafts, inactive services or confidential locations. CORS open to every origin (GET only, no credentials); rate-limited per client address. ' +
        'Human Services Data Specification: an Open Referral resource (https://openreferral.org/), CC BY-SA 4.0.',
      license: { name: 'CC BY-SA 4.0 (HSDS schemas)', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    },
    externalDocs: { description: 'HSDS 3.1 reference', url: 'https://docs.openreferral.org/' },
    servers: [{ url: baseUrl }],
    paths: {
      '/': get('API information (version, profile, openapi_url)', [], { description: 'version, profile, openapi_url' }),
      '/services': get('Services', [...PAGING, ...FILTERS], page('service_list.json (service.json with full=true)')),
      '/services/{id}': get('A fully nested service', [ID], one('service.json')),
      '/service_at_locations': get('Services at locations', [
        ...PAGING, ...FILTERS,
        param('postcode', 'Only locations with this postal code.'),
        param('proximity', '`lat,lng,km`: only locations within km of the point, nearest first.'),
      ], page('service_at_location_list.json')),
      '/service_at_locations/{id}': get('A fully nested service at a location', [ID], one('service_at_location.json')),
      '/organizations': get('Organizations providing at least one published service', [...PAGING, FILTERS[0]!, FILTERS[1]!, FILTERS[3]!], page('organization_list.json')),
      '/organizations/{id}': get('A fully nested organization with its services', [ID], one('organization.json')),
      '/taxonomies': get('Taxonomies', PAGING, page('taxonomy.json')),
      '/taxonomies/{id}': get('A taxonomy', [ID], one('taxonomy.json')),
      '/taxonomy_terms': get('Taxonomy terms', [...PAGING, FILTERS[1]!, param('parent_id', 'Only children of this term.', { type: 'string', format: 'uuid' })], page('taxonomy_term.json')),
      '/taxonomy_terms/{id}': get('A taxonomy term', [ID], one('taxonomy_term.json')),
    },
  };
}
