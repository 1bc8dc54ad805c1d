import {
  noticeBody,
  noticeDetailView,
  noticeIdParam,
  noticeList,
  noticeListQuery,
  noticeTextQuery,
  noticeView,
  processingPurposeList,
  processingPurposesBody,
} from '../../../common/schemas/consents.js';
import { languageCode } from '../../../common/schemas/directory.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import type { App } from '../../platform/http/app.js';
import { publishNotice } from './commands/publish-notice.js';
import { setLegalBases } from './commands/set-legal-bases.js';
import { assertCanManageNotices } from './consents.policy.js';
import { presentNotice, presentNoticeDetail } from './notice.presenter.js';
import { findNotice, listNotices } from './notices.queries.js';
import { listLegalBases } from './processing-purposes.queries.js';

/**
 * The language asked for with `?lang=`. The guard takes `lang` out of the query (it is the UI
 * language switch, limited to the staff languages), but a notice exists in more languages than
 * the staff app: read it from the URL itself.
 */
function requestedLanguage(rawUrl: string | undefined, fallback: string): string {
  const asked = new URL(rawUrl ?? '/', 'http://x').searchParams.get('lang');
  if (asked === null) return fallback;
  if (!languageCode.safeParse(asked).success) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'querystring.lang', code: 'invalid_format' }]);
  return asked;
}

/** Legal bases of the processing purposes, and the versioned information notices. */
export async function noticeRoutes(app: App, ctx: AppContext) {
  const tags = ['consents'];
  app.get(
    '/api/processing-purposes',
    { config: { policy: policy.authenticated }, schema: { tags, response: { 200: processingPurposeList } } },
    async (request) => ({ items: await withTenant(ctx.db, request.actor!.tenantId, (tx) => listLegalBases(tx)) }),
  );
  app.put(
    '/api/processing-purposes',
    { config: { policy: policy.permission('notice.manage') }, schema: { tags, body: processingPurposesBody, response: { 200: processingPurposeList } } },
    async (request) => {
      const actor = request.actor!;
      assertCanManageNotices(actor);
      return { items: await withTenant(ctx.db, actor.tenantId, (tx) => setLegalBases(tx, actor, request.body)) };
    },
  );
  app.get(
    '/api/notices',
    { config: { policy: policy.authenticated }, schema: { tags, querystring: noticeListQuery, response: { 200: noticeList } } },
    async (request) => {
      const { purpose, partnerOrganisationId, includeRetired } = request.query;
      const rows = await withTenant(ctx.db, request.actor!.tenantId, (tx) => listNotices(tx, { purpose, partnerOrganisationId, includeRetired: includeRetired === 'true' }));
      return { items: rows.map((r) => presentNotice(r, request.lang)) };
    },
  );
  app.post(
    '/api/notices',
    { config: { policy: policy.permission('notice.manage') }, schema: { tags, body: noticeBody, response: { 201: noticeView } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageNotices(actor);
      const row = await withTenant(ctx.db, actor.tenantId, (tx) => publishNotice(tx, actor, request.body));
      return reply.code(201).send(presentNotice(row, request.lang));
    },
  );
  app.get(
    '/api/notices/:id',
    {
      config: { policy: policy.authenticated },
      schema: {
        tags,
        description: 'The notice with its text in `?lang=` (any content language; default the UI language), or in Italian with `fallback: true`.',
        params: noticeIdParam,
        querystring: noticeTextQuery,
        response: { 200: noticeDetailView },
      },
    },
    async (request) => {
      const lang = requestedLanguage(request.raw.url, request.lang);
      const row = await withTenant(ctx.db, request.actor!.tenantId, (tx) => findNotice(tx, request.params.id));
      return presentNoticeDetail(row, lang);
    },
  );
}
