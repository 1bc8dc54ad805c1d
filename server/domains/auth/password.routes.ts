import { changePasswordBody, forgotPasswordBody, forgotPasswordResponse, resetPasswordBody } from '../../../common/schemas/auth.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app.js';
import { clearSessionCookie } from '../../platform/http/session.js';
import { changePassword } from './commands/change-password.js';
import { requestPasswordReset } from './commands/request-password-reset.js';
import { resetPassword } from './commands/reset-password.js';
import { retryAfterErrorHandler } from './throttle.js';

export async function passwordRoutes(app: App, ctx: AppContext) {
  const tags = ['auth'];

  app.post(
    '/api/auth/password/forgot',
    {
      config: { policy: policy.public },
      errorHandler: retryAfterErrorHandler,
      schema: { tags, body: forgotPasswordBody, response: { 202: forgotPasswordResponse } },
    },
    async (request, reply) => {
      // The mail goes out after the answer: known and unknown addresses answer alike.
      await requestPasswordReset(ctx, { email: request.body.email, ip: request.ip, requestId: String(request.id) });
      return reply.code(202).send({});
    },
  );

  app.post(
    '/api/auth/password/reset',
    { config: { policy: policy.public }, schema: { tags, body: resetPasswordBody } },
    async (request, reply) => {
      await resetPassword(ctx, { ...request.body, requestId: String(request.id) });
      clearSessionCookie(ctx, reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/me/password',
    { config: { policy: policy.authenticated }, errorHandler: retryAfterErrorHandler, schema: { tags, body: changePasswordBody } },
    async (request, reply) => {
      await changePassword(ctx, request.actor!, { ...request.body, ip: request.ip });
      clearSessionCookie(ctx, reply);
      return reply.code(204).send();
    },
  );
}
