import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REPORT_REASONS } from '../../../common/schemas/directory.js';
import { createReport, type ReportInput } from '../directory/commands/create-report.js';
import { getPublicService } from './finder-service.queries.js';
import { UUID } from './finder-service.page.js';
import { MESSAGE_MAX, reportView, type ReportForm } from './finder-report.view.js';
import type { FinderPages } from './finder.routes.js';
import { SlidingWindowLimiter } from './report-rate-limit.js';

type ReportRequest = FastifyRequest<{ Params: { tenant: string; id: string }; Body: unknown }>;

/** Five reports per client address in ten minutes: plenty for a person, little for a script. */
export const REPORT_LIMIT = { count: 5, windowMs: 10 * 60_000 };

function field(body: unknown, name: string): string {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' ? v : '';
}

/** GET and POST /{tenant}/services/{id}/report. Registered in the finder's scope (form bodies parsed there only). */
export async function reportRoutes(scope: FastifyInstance, pages: FinderPages, limiter = new SlidingWindowLimiter(REPORT_LIMIT.count, REPORT_LIMIT.windowMs)) {
  scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const empty: ReportForm = { reason: '', message: '', errors: [] };

  scope.get('/:tenant/services/:id/report', { schema: { hide: true } }, (request: ReportRequest, reply: FastifyReply) =>
    pages.forTenant(request, reply, async (tx, tenant, fr) => {
      const service = UUID.test(request.params.id) ? await getPublicService(tx, tenant.id, request.params.id) : null;
      if (!service) return null;
      return { title: fr.tr.t('report.title'), main: reportView(fr.tr, tenant.slug, service, empty), cache: 'no-store', noindex: true };
    }),
  );

  scope.post('/:tenant/services/:id/report', { schema: { hide: true } }, (request: ReportRequest, reply: FastifyReply) =>
    pages.forTenant(request, reply, async (tx, tenant, fr) => {
      const service = UUID.test(request.params.id) ? await getPublicService(tx, tenant.id, request.params.id) : null;
      if (!service) return null;
      const title = fr.tr.t('report.title');
      const form: ReportForm = { reason: field(request.body, 'reason'), message: field(request.body, 'message').trim(), errors: [] };
      if (!limiter.hit(request.ip)) {
        form.errors.push({ field: 'reason', key: 'report.rateLimited' });
        return { status: 429, title, main: reportView(fr.tr, tenant.slug, service, form), cache: 'no-store', noindex: true };
      }
      const thanks = `/${tenant.slug}/services/${service.id}?hl=${fr.tr.lang}&reported=1`;
      // A filled honeypot is a bot: answer as if all went well, and store nothing.
      if (field(request.body, 'website')) return { redirect: thanks };
      if (!(REPORT_REASONS as readonly string[]).includes(form.reason)) form.errors.push({ field: 'reason', key: 'report.reasonRequired' });
      if ([...form.message].length > MESSAGE_MAX) form.errors.push({ field: 'message', key: 'report.messageTooLong' });
      if (form.errors.length) return { status: 400, title, main: reportView(fr.tr, tenant.slug, service, form), cache: 'no-store', noindex: true };
      await createReport(tx, { serviceId: service.id, reason: form.reason as ReportInput['reason'], message: form.message || null });
      return { redirect: thanks };
    }),
  );
}
