import { consentBody, consentIdParams, consentView, personConsentsView, personIdParam, withdrawBody } from '../../../common/schemas/consents.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import { fileStoreOf } from '../../platform/files/stored-files.js';
import type { App } from '../../platform/http/app.js';
import { recordConsent } from './commands/record-consent.js';
import { viewConsentSignature, viewPersonConsents } from './commands/view-person-consents.js';
import { withdrawConsent } from './commands/withdraw-consent.js';
import { presentConsent } from './consent.presenter.js';
import { noticeRoutes } from './notices.routes.js';

/** Notices and legal bases (notices.routes.ts), and a person's consents: state per purpose with its legal basis, history, decisions, withdrawals. */
export async function consentRoutes(app: App, ctx: AppContext) {
  await noticeRoutes(app, ctx);
  const tags = ['consents'];
  app.get(
    '/api/people/:id/consents',
    { config: { policy: policy.permission('person.read') }, schema: { tags, params: personIdParam, response: { 200: personConsentsView } } },
    async (request) => withTenant(ctx.db, request.actor!.tenantId, (tx) => viewPersonConsents(tx, request.actor!, request.params.id)),
  );
  app.post(
    '/api/people/:id/consents',
    {
      config: { policy: policy.permission('person.write') },
      schema: {
        tags,
        description: 'Records a decision on a notice. A scanned signature is uploaded first (POST /api/files?purpose=consent_signature) and named by `signatureFileId`.',
        params: personIdParam,
        body: consentBody,
        response: { 201: consentView },
      },
    },
    async (request, reply) => {
      const row = await withTenant(ctx.db, request.actor!.tenantId, (tx) => recordConsent(tx, request.actor!, request.params.id, request.body));
      return reply.code(201).send(presentConsent(row));
    },
  );
  app.post(
    '/api/people/:id/consents/:consentId/withdraw',
    { config: { policy: policy.permission('person.write') }, schema: { tags, params: consentIdParams, body: withdrawBody, response: { 200: consentView } } },
    async (request) => {
      const { id, consentId } = request.params;
      return presentConsent(await withTenant(ctx.db, request.actor!.tenantId, (tx) => withdrawConsent(tx, request.actor!, id, consentId, request.body.note)));
    },
  );
  app.get(
    '/api/people/:id/consents/:consentId/signature',
    { config: { policy: policy.permission('person.read') }, schema: { tags, description: 'The scanned signature (PDF, JPEG or PNG).', params: consentIdParams } },
    async (request, reply) => {
      const { id, consentId } = request.params;
      const actor = request.actor!;
      const file = await withTenant(ctx.db, actor.tenantId, (tx) => viewConsentSignature(tx, actor, id, consentId));
      const bytes = await fileStoreOf(ctx).read(actor.tenantId, file.storageKey, file.sha256);
      const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(bytes);
    },
  );
}
