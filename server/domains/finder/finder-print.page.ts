import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Tx } from '../../platform/db/database.js';
import type { FinderRequest } from './finder-http.js';
import { isPublicLanguage } from './finder-i18n.js';
import { printView } from './finder-print.view.js';
import { getPublicService, type PublicService } from './finder-service.queries.js';
import { UUID } from './finder-service.page.js';
import type { FinderPages, PageResult, Tenant } from './finder.routes.js';

// GET /{tenant}/print?services=ID,ID&hl=ar: the printable list of suggested services, in the
// person's language. Public like every finder page (no session, no cookie, no personal data in
// it or in its address), never cached, never indexed. Only public services are printed: the page
// reads under RLS without protection access and the finder's public rule, so a confidential
// service (a shelter) is simply left out. The staff app's suggestions give `lang=`; the finder's
// page language is `hl=` (its language switch sets it), so `lang=` is redirected to the canonical
// `hl=` address.

export const MAX_PRINTED_SERVICES = 20;
const SLUG = /^[a-z0-9]([a-z0-9-]{0,48}[a-z0-9])?$/;

export function printedServiceIds(query: URLSearchParams): string[] {
  const ids = (query.get('services') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => UUID.test(s));
  return [...new Set(ids)].slice(0, MAX_PRINTED_SERVICES);
}

export async function printPage(tx: Tx, tenant: Tenant, fr: FinderRequest): Promise<PageResult | null> {
  const services: PublicService[] = [];
  for (const id of printedServiceIds(fr.query)) {
    const s = await getPublicService(tx, tenant.id, id);
    if (s) services.push(s);
  }
  if (!services.length) return null;
  // The language switch links repeat this page's query: keep in it only what was printed.
  fr.query.set('services', services.map((s) => s.id).join(','));
  return { title: fr.tr.t('print.title'), main: printView(fr.tr, { services, printedOn: new Date() }), cache: 'no-store', noindex: true };
}

type PrintRequest = FastifyRequest<{ Params: { tenant: string } }>;

export async function printRoutes(scope: FastifyInstance, pages: FinderPages) {
  scope.get('/:tenant/print', { schema: { hide: true } }, (request: PrintRequest, reply: FastifyReply) => {
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    const lang = query.get('lang');
    // The staff app says `lang=` (the person's language, chosen for this print): it wins over any `hl`.
    if (SLUG.test(request.params.tenant) && isPublicLanguage(lang)) {
      query.delete('lang');
      query.set('hl', lang);
      return reply.redirect(`/${request.params.tenant}/print?${query.toString()}`, 303);
    }
    return pages.forTenant(request, reply, (tx, tenant, fr) => printPage(tx, tenant, fr), 'errors.notFound');
  });
}
