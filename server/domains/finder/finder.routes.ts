import type { FastifyReply, FastifyRequest } from 'fastify';
import { RESERVED_TENANT_SLUGS } from '../../../common/schemas/tenants.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant, type Tx } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { finderAssets } from './finder-assets.js';
import { finderRequest, sendAsset, sendHtml, type CacheRule, type FinderRequest } from './finder-http.js';
import { renderPage, type Shell } from './finder-layout.js';
import { errorView, homeView } from './finder-home.view.js';
import { listNeeds, spokenLanguages } from './finder-service.queries.js';
import { reportRoutes } from './finder-report.routes.js';
import { printRoutes } from './finder-print.page.js';
import { searchPage } from './finder-search.page.js';
import { servicePage } from './finder-service.page.js';
import { parseFilters } from './search-filters.js';
import type { Html } from './html.js';

// The public service finder at /{tenant}: server-rendered pages, no session, no cookie. None of
// these routes is under /api, so the platform guard only picks the language; tenant data is read
// in withTenant WITHOUT protection access, so RLS keeps confidential services and shelters out.

const SLUG = /^[a-z0-9]([a-z0-9-]{0,48}[a-z0-9])?$/;

export interface Tenant {
  id: string;
  slug: string;
  name: string;
}

export interface PageResult {
  status?: number;
  title: string;
  main: Html;
  cache: CacheRule;
  withMap?: boolean;
  noindex?: boolean;
}

export class FinderPages {
  constructor(readonly ctx: AppContext) {}

  shell(fr: FinderRequest, tenant: Tenant | null, page: Pick<PageResult, 'title' | 'withMap' | 'noindex'>): Shell {
    return { tr: fr.tr, tenant, title: page.title, path: fr.path, query: fr.query, withMap: page.withMap, noindex: page.noindex };
  }

  send(request: FastifyRequest, reply: FastifyReply, fr: FinderRequest, tenant: Tenant | null, page: PageResult) {
    return sendHtml(request, reply, page.status ?? 200, renderPage(this.shell(fr, tenant, page), page.main), page.cache, fr.tr.lang);
  }

  notFound(request: FastifyRequest, reply: FastifyReply, fr: FinderRequest, tenant: Tenant | null, key: 'errors.notFound' | 'errors.tenantNotFound' | 'errors.serviceNotFound') {
    const title = fr.tr.t('errors.notFoundTitle');
    const home = tenant ? `/${tenant.slug}?hl=${fr.tr.lang}` : null;
    return this.send(request, reply, fr, tenant, { status: 404, title, main: errorView(fr.tr, title, fr.tr.t(key), home), cache: 'no-store', noindex: true });
  }

  /**
   * Resolves /{tenant} and runs `fn` in the tenant's public transaction. Reserved first segments
   * (/api, /app…) fall through to the platform's own 404, so the finder never shadows them.
   */
  async forTenant(
    request: FastifyRequest<{ Params: { tenant: string } }>,
    reply: FastifyReply,
    fn: (tx: Tx, tenant: Tenant, fr: FinderRequest) => Promise<PageResult | { redirect: string } | null>,
    missing: 'errors.notFound' | 'errors.serviceNotFound' = 'errors.serviceNotFound',
  ) {
    const slug = request.params.tenant;
    if ((RESERVED_TENANT_SLUGS as readonly string[]).includes(slug)) return reply.callNotFound();
    const fr = finderRequest(request);
    const tenant = SLUG.test(slug) ? await this.ctx.db.selectFrom('tenant').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst() : undefined;
    if (!tenant) return this.notFound(request, reply, fr, null, 'errors.tenantNotFound');
    const page = await withTenant(this.ctx.db, tenant.id, (tx) => fn(tx, tenant, fr));
    if (!page) return this.notFound(request, reply, fr, tenant, missing);
    if ('redirect' in page) return reply.redirect(page.redirect, 303);
    return this.send(request, reply, fr, tenant, page);
  }
}

type TenantRequest = FastifyRequest<{ Params: { tenant: string } }>;

export async function finderRoutes(app: App, ctx: AppContext) {
  finderAssets(); // read, hash and compress the assets at start-up, not on the first visitor's request
  const pages = new FinderPages(ctx);
  await app.register(async (scope) => {
    scope.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
      const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
      if (status >= 500) request.log.error({ err }, 'public finder page failed');
      const fr = finderRequest(request);
      const title = fr.tr.t('errors.serverErrorTitle');
      return pages.send(request, reply, fr, null, { status, title, main: errorView(fr.tr, title, fr.tr.t('errors.serverError'), null), cache: 'no-store', noindex: true });
    });

    scope.get('/assets/finder/:file', { schema: { hide: true } }, (request: FastifyRequest<{ Params: { file: string } }>, reply) => sendAsset(request, reply, request.params.file));

    scope.get('/:tenant', { schema: { hide: true } }, (request: TenantRequest, reply) =>
      pages.forTenant(request, reply, async (tx, tenant, fr) => {
        const [needs, languages] = [await listNeeds(tx, tenant.id), await spokenLanguages(tx, tenant.id)];
        const form = { tenantSlug: tenant.slug, needs, languages, action: `/${tenant.slug}/search`, filtersOpen: false };
        return { title: fr.tr.t('home.title'), main: homeView(fr.tr, tenant, parseFilters(new URLSearchParams()), form), cache: 'public' };
      }),
    );

    scope.get('/:tenant/search', { schema: { hide: true } }, (request: TenantRequest, reply) =>
      pages.forTenant(request, reply, (tx, tenant, fr) => searchPage(ctx, tx, tenant, fr, 'list')),
    );
    scope.get('/:tenant/map', { schema: { hide: true } }, (request: TenantRequest, reply) =>
      pages.forTenant(request, reply, (tx, tenant, fr) => searchPage(ctx, tx, tenant, fr, 'map')),
    );
    scope.get('/:tenant/services/:id', { schema: { hide: true } }, (request: FastifyRequest<{ Params: { tenant: string; id: string } }>, reply) =>
      pages.forTenant(request, reply, (tx, tenant, fr) => servicePage(tx, tenant, fr, request.params.id)),
    );

    await reportRoutes(scope, pages);
    await printRoutes(scope, pages);

    // Anything else under a tenant: the finder's own translated 404 (a trailing slash goes home).
    scope.get('/:tenant/*', { schema: { hide: true } }, (request: FastifyRequest<{ Params: { tenant: string; '*': string } }>, reply) => {
      if (request.params['*'] === '' && SLUG.test(request.params.tenant)) {
        const search = request.url.split('?')[1];
        return reply.redirect(`/${request.params.tenant}${search ? `?${search}` : ''}`, 301);
      }
      return pages.forTenant(request, reply, async () => null, 'errors.notFound');
    });
  });
}
