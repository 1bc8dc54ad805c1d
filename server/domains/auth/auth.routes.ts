import { z } from 'zod';
import { loginBody, loginResponse, meResponse, mePatchBody, sessionResponse } from '../../../common/schemas/auth.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/app.js';
import { clearSessionCookie, resolveSession, setSessionCookie } from '../../platform/http/session.js';
import { login } from './commands/login.js';
import { logout } from './commands/logout.js';
import { updateProfile } from './commands/update-profile.js';
import { presentMe } from './me.presenter.js';
import { retryAfterErrorHandler } from './throttle.js';

export async function authRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/auth/login',
    {
      config: { policy: policy.public },
      errorHandler: retryAfterErrorHandler,
      schema: { tags: ['auth'], body: loginBody, response: { 200: loginResponse } },
    },
    async (request, reply) => {
      const session = await login(ctx, { ...request.body, ip: request.ip, requestId: String(request.id) });
      setSessionCookie(ctx, reply, session.token);
      // Build the actor from the new session exactly as later requests will.
      await resolveSession(ctx, request, session.token);
      return { user: presentMe(request.actor!, request.session!), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { policy: policy.session },
      schema: { tags: ['auth'], body: z.preprocess((v) => v ?? {}, z.object({ everywhere: z.boolean().default(false) }).strict()) },
    },
    async (request, reply) => {
      await logout(ctx, request.actor!, request.body.everywhere);
      clearSessionCookie(ctx, reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/session',
    { config: { policy: policy.session }, schema: { tags: ['auth'], response: { 200: sessionResponse } } },
    async (request) => ({ user: presentMe(request.actor!, request.session!), csrfToken: request.session!.csrfToken }),
  );

  app.get(
    '/api/me',
    { config: { policy: policy.session }, schema: { tags: ['auth'], response: { 200: meResponse } } },
    async (request) => presentMe(request.actor!, request.session!),
  );

  app.patch(
    '/api/me',
    { config: { policy: policy.session }, schema: { tags: ['auth'], body: mePatchBody, response: { 200: meResponse } } },
    async (request) => {
      await updateProfile(ctx, request.actor!, request.body);
      // Re-read the session so the answer (and the language of later errors) reflects the change.
      await resolveSession(ctx, request);
      return presentMe(request.actor!, request.session!);
    },
  );
}
