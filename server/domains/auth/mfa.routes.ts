import { mfaCodeBody, mfaSetupResponse, recoveryCodesResponse } from '../../../common/schemas/auth.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app.js';
import { setSessionCookie } from '../../platform/http/session.js';
import { confirmMfa } from './commands/confirm-mfa.js';
import { disableMfa } from './commands/disable-mfa.js';
import { regenerateRecoveryCodes } from './commands/regenerate-recovery-codes.js';
import { startMfaSetup } from './commands/start-mfa-setup.js';
import { retryAfterErrorHandler } from './throttle.js';

export async function mfaRoutes(app: App, ctx: AppContext) {
  const tags = ['auth'];

  // Enrolment is open to sessions still in stage 'mfa_setup' (policy.session): that is its purpose.
  app.post(
    '/api/me/mfa/setup',
    { config: { policy: policy.session }, schema: { tags, response: { 200: mfaSetupResponse } } },
    async (request) => startMfaSetup(ctx, request.actor!),
  );

  app.post(
    '/api/me/mfa/confirm',
    { config: { policy: policy.session }, errorHandler: retryAfterErrorHandler, schema: { tags, body: mfaCodeBody, response: { 200: recoveryCodesResponse } } },
    async (request, reply) => {
      const { recoveryCodes, sessionToken } = await confirmMfa(ctx, request.actor!, { code: request.body.code, ip: request.ip });
      setSessionCookie(ctx, reply, sessionToken);
      return { recoveryCodes };
    },
  );

  app.post(
    '/api/me/mfa/recovery-codes',
    { config: { policy: policy.authenticated }, errorHandler: retryAfterErrorHandler, schema: { tags, body: mfaCodeBody, response: { 200: recoveryCodesResponse } } },
    async (request) => ({ recoveryCodes: await regenerateRecoveryCodes(ctx, request.actor!, { code: request.body.code, ip: request.ip }) }),
  );

  app.delete(
    '/api/me/mfa',
    { config: { policy: policy.authenticated }, errorHandler: retryAfterErrorHandler, schema: { tags, body: mfaCodeBody } },
    async (request, reply) => {
      await disableMfa(ctx, request.actor!, { code: request.body.code, ip: request.ip });
      return reply.code(204).send();
    },
  );
}
