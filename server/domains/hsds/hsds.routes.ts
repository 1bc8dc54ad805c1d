import { existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant, type Tx } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { App } from '../../platform/http/app.js';
import { findTenant } from '../tenants/commands/create-tenant.js';
import { directoryTransferRoutes } from './directory-transfer.routes.js';
import { loadGraph, type Row } from './hsds-graph.js';
import { hsdsOpenApi } from './hsds-openapi.js';
import { hsdsFields, HsdsPresenter, presentTerm } from './hsds.presenter.js';
import { countIds, listIds, organizationServiceIds, type Endpoint, type HsdsFilters } from './hsds.queries.js';
import { rawQuery } from './import/upsert.js';
import { UUID_RE } from './import/stable-ids.js';

// The public HSDS 3.1 API of each tenant's directory at /hsds/{tenant}/ (no session: open data).
// Rate limiting keeps to this process's memory (@fastify/rate-limit's default store): per client
// address and per instance; behind a proxy set APPRODO_TRUST_PROXY so the address is the client's.

const PROFILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/hsds-profile.md');
const NDJSON_BATCH = 200;
const uuid = z.string().regex(UUID_RE);
const listQuery = z.object({
  search: z.string().trim().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100_000).default(50),
  format: z.enum(['json', 'ndjson']).default('json'),
  full: z.enum(['true', 'false']).optional(),
  taxonomy_term_id: uuid.optional(),
  taxonomy_id: uuid.optional(),
  organization_id: uuid.optional(),
  parent_id: uuid.optional(),
  modified_after: z.string().max(40).refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v))).optional(),
  postcode: z.string().trim().min(1).max(20).optional(),
  proximity: z.string().regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?,\d{1,4}(\.\d+)?$/).refine((v) => {
    const [lat, lng, km] = v.split(',').map(Number) as [number, number, number];
    return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && km > 0 && km <= 2000;
  }).optional(),
});
type ListQuery = z.infer<typeof listQuery>;
const tenantParam = z.object({ tenant: z.string().max(100) });
const idParam = z.object({ tenant: z.string().max(100), id: z.string().max(100) });

export interface HsdsRouteOptions {
  /** Requests per minute per client address (tests lower it). */
  rateLimitPerMinute?: number;
}

type Presenter = (tx: Tx, ids: string[], full: boolean) => Promise<Record<string, unknown>[]>;

const inOrder = (ids: string[], rows: Row[], fn: (r: Row) => Record<string, unknown>) => {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return ids.flatMap((id) => (byId.has(id) ? [fn(byId.get(id)!)] : []));
};

export async function hsdsRoutes(app: App, ctx: AppContext, opts: HsdsRouteOptions = {}) {
  await directoryTransferRoutes(app, ctx);
  const tenants = new Map<string, { tenant: { id: string; slug: string; name: string }; at: number }>();
  async function tenantOf(slug: string) {
    const hit = tenants.get(slug);
    if (hit && Date.now() - hit.at < 30_000) return hit.tenant;
    const t = /^[a-z0-9-]{1,63}$/.test(slug) ? await findTenant(ctx.db, slug) : undefined;
    if (!t) throw notFound();
    tenants.set(slug, { tenant: { id: t.id, slug: t.slug, name: t.name }, at: Date.now() });
    return tenants.get(slug)!.tenant;
  }
  const base = (slug: string) => `${ctx.config.publicUrl.replace(/\/$/, '')}/hsds/${slug}`;
  const maintainer = async (slug: string) => (await tenantOf(slug)).name;

  const presenters: Record<Endpoint, (slug: string) => Promise<Presenter>> = {
    services: async (slug) => {
      const name = await maintainer(slug);
      return async (tx, ids, full) => {
        const g = await loadGraph(tx, 'public', { serviceIds: ids }, full);
        return inOrder(ids, g.services, new HsdsPresenter(g, { full, maintainer: name }).service);
      };
    },
    service_at_locations: async (slug) => {
      const name = await maintainer(slug);
      return async (tx, ids, full) => {
        const g = await loadGraph(tx, 'public', { salIds: ids }, full);
        const p = new HsdsPresenter(g, { full, maintainer: name });
        return inOrder(ids, g.sals, (x) => p.sal(x, true));
      };
    },
    organizations: async () => async (tx, ids) => {
      const g = await loadGraph(tx, 'public', { organizationIds: ids }, false);
      return inOrder(ids, g.organizations, new HsdsPresenter(g, { full: false }).organization);
    },
    taxonomies: async () => async (tx, ids) => inOrder(ids, await rawQuery<Row>(tx, 'SELECT * FROM dir_taxonomy WHERE id = ANY($1::uuid[])', [ids]), (r) => hsdsFields('taxonomy', r)),
    taxonomy_terms: async () => async (tx, ids) => {
      const rows = await rawQuery<Row>(tx, `SELECT t.*, to_jsonb(x) - 'tenant_id' AS taxonomy_detail FROM dir_taxonomy_term t
        LEFT JOIN dir_taxonomy x ON x.tenant_id = t.tenant_id AND x.id = t.taxonomy_id WHERE t.id = ANY($1::uuid[])`, [ids]);
      return inOrder(ids, rows, (r) => presentTerm(r, r.taxonomy_detail));
    },
  };

  // Paging clients ask for the same total on every page: it is counted once per half minute.
  const counts = new Map<string, { n: number; at: number }>();
  async function cachedCount(tenantId: string, endpoint: Endpoint, filters: HsdsFilters, count: () => Promise<number>) {
    const key = JSON.stringify([tenantId, endpoint, filters]);
    const hit = counts.get(key);
    if (hit && Date.now() - hit.at < 30_000) return hit.n;
    const n = await count();
    if (counts.size >= 1000) counts.clear();
    counts.set(key, { n, at: Date.now() });
    return n;
  }

  function filtersOf(q: ListQuery): HsdsFilters {
    const [lat, lng, km] = q.proximity?.split(',').map(Number) ?? [];
    return {
      search: q.search, taxonomy_term_id: q.taxonomy_term_id, taxonomy_id: q.taxonomy_id, organization_id: q.organization_id, parent_id: q.parent_id,
      modified_after: q.modified_after ? new Date(q.modified_after).toISOString() : undefined, postcode: q.postcode,
      proximity: q.proximity ? { lat: lat!, lng: lng!, km: km! } : undefined,
    };
  }

  async function list(endpoint: Endpoint, slug: string, q: ListQuery, log: FastifyBaseLogger, reply: FastifyReply) {
    const tenant = await tenantOf(slug);
    const filters = filtersOf(q);
    const full = q.full === 'true';
    const present = await presenters[endpoint](tenant.slug);
    if (q.format === 'ndjson') return reply.type('application/x-ndjson; charset=utf-8').send(streamAll(tenant.id, endpoint, filters, full, present, log));
    const perPage = Math.min(q.per_page, 200);
    return withTenant(ctx.db, tenant.id, async (tx) => {
      const total = await cachedCount(tenant.id, endpoint, filters, () => countIds(tx, endpoint, filters));
      const ids = await listIds(tx, endpoint, filters, { limit: perPage, offset: (q.page - 1) * perPage });
      const contents = await present(tx, ids, full);
      const totalPages = Math.ceil(total / perPage);
      return {
        total_items: total, total_pages: totalPages, page_number: q.page, size: contents.length,
        first_page: q.page === 1, last_page: q.page >= totalPages, empty: contents.length === 0, contents,
      };
    });
  }

  /** Every result, one object per line, read in key order by batches (one short transaction each). */
  function streamAll(tenantId: string, endpoint: Endpoint, filters: HsdsFilters, full: boolean, present: Presenter, log: FastifyBaseLogger) {
    const out = new PassThrough();
    void (async () => {
      let after = '00000000-0000-0000-0000-000000000000';
      try {
        for (;;) {
          const { ids, items } = await withTenant(ctx.db, tenantId, async (tx) => {
            const ids = await listIds(tx, endpoint, filters, { limit: NDJSON_BATCH, afterId: after });
            return { ids, items: await present(tx, ids, full) };
          });
          for (const item of items) if (!out.write(`${JSON.stringify(item)}\n`)) await once(out, 'drain');
          if (ids.length < NDJSON_BATCH || out.destroyed) break;
          after = ids[ids.length - 1]!;
        }
        out.end();
      } catch (err) {
        log.error({ err }, 'hsds ndjson stream failed');
        out.destroy(err as Error);
      }
    })();
    return out;
  }

  async function one(params: { tenant: string; id: string }, fn: (tx: Tx, id: string, name: string) => Promise<Record<string, unknown> | undefined>) {
    const tenant = await tenantOf(params.tenant);
    const id = params.id.toLowerCase();
    if (!UUID_RE.test(id)) throw notFound();
    const found = await withTenant(ctx.db, tenant.id, (tx) => fn(tx, id, tenant.name));
    if (!found) throw notFound();
    return found;
  }

  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    await scope.register(rateLimit, { max: opts.rateLimitPerMinute ?? 300, timeWindow: 60_000 });
    scope.addHook('onSend', async (_request, reply) => {
      reply.header('access-control-allow-origin', '*');
      reply.header('cross-origin-resource-policy', 'cross-origin');
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'public, max-age=60');
    });
    const config = { policy: policy.public };
    const hide = { hide: true };
    scope.options('/hsds/*', { config, schema: hide }, (_request, reply) =>
      reply.code(204).header('access-control-allow-methods', 'GET, OPTIONS').header('access-control-allow-headers', 'Accept, Accept-Language').header('access-control-max-age', '86400').send(),
    );
    const info = async (request: { params: { tenant: string } }) => {
      const t = await tenantOf(request.params.tenant);
      return { version: '3.1', profile: `${base(t.slug)}/profile`, openapi_url: `${base(t.slug)}/openapi.json` };
    };
    scope.get('/hsds/:tenant', { config, schema: { ...hide, params: tenantParam } }, info);
    scope.get('/hsds/:tenant/', { config, schema: { ...hide, params: tenantParam } }, info);
    scope.get('/hsds/:tenant/openapi.json', { config, schema: { ...hide, params: tenantParam } }, async (request) => {
      const t = await tenantOf(request.params.tenant);
      return hsdsOpenApi(base(t.slug), t.name);
    });
    scope.get('/hsds/:tenant/profile', { config, schema: { ...hide, params: tenantParam } }, async (request, reply) => {
      await tenantOf(request.params.tenant);
      if (!existsSync(PROFILE)) throw notFound();
      return reply.type('text/markdown; charset=utf-8').send(readFileSync(PROFILE, 'utf8'));
    });
    for (const endpoint of ['services', 'service_at_locations', 'organizations', 'taxonomies', 'taxonomy_terms'] as const) {
      scope.get(`/hsds/:tenant/${endpoint}`, { config, schema: { ...hide, params: tenantParam, querystring: listQuery } }, (request, reply) => list(endpoint, request.params.tenant, request.query, request.log, reply));
    }
    const detail = { config, schema: { ...hide, params: idParam } };
    scope.get('/hsds/:tenant/services/:id', detail, (request) =>
      one(request.params, async (tx, id, name) => {
        const g = await loadGraph(tx, 'public', { serviceIds: [id] }, true);
        return g.services[0] && new HsdsPresenter(g, { full: true, maintainer: name }).service(g.services[0]);
      }),
    );
    scope.get('/hsds/:tenant/service_at_locations/:id', detail, (request) =>
      one(request.params, async (tx, id, name) => {
        const g = await loadGraph(tx, 'public', { salIds: [id] }, true);
        const sal = g.sals.find((x) => x.id === id);
        return sal && new HsdsPresenter(g, { full: true, maintainer: name }).sal(sal, true);
      }),
    );
    scope.get('/hsds/:tenant/organizations/:id', detail, (request) =>
      one(request.params, async (tx, id, name) => {
        const serviceIds = await organizationServiceIds(tx, id);
        if (!serviceIds.length) return undefined;
        const g = await loadGraph(tx, 'public', { organizationIds: [id], serviceIds }, true);
        return g.organizations[0] && new HsdsPresenter(g, { full: true, maintainer: name }).organization(g.organizations[0]);
      }),
    );
    scope.get('/hsds/:tenant/taxonomies/:id', detail, (request) =>
      one(request.params, async (tx, id) => (await presenters.taxonomies(''))(tx, [id], false).then((r) => r[0])),
    );
    scope.get('/hsds/:tenant/taxonomy_terms/:id', detail, (request) =>
      one(request.params, async (tx, id) => (await presenters.taxonomy_terms(''))(tx, [id], false).then((r) => r[0])),
    );
  });
}
