import { z } from 'zod';
import { providersResponse } from '../../../common/schemas/auth.js';
import type { ErrorCode } from '../../../common/errors.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import type { App } from '../../platform/http/app.js';
import { setSessionCookie } from '../../platform/http/session.js';
import { oidcLogin } from './commands/oidc-login.js';
import { beginOidcLogin, clearOidcCookie, oidcCallbackUrl, oidcCookieName, redeemOidcCode, takeOidcState } from './oidc-client.js';

// The provider's answer: code/state/iss, or error/error_description. Checked by openid-client.
const callbackQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export async function oidcRoutes(app: App, ctx: AppContext) {
  const tags = ['auth'];
  const { config } = ctx;
  const toLogin = (code: ErrorCode) => `/app/login?error=${code}`;

  app.get(
    '/api/auth/providers',
    { config: { policy: policy.public }, schema: { tags, response: { 200: providersResponse } } },
    async () => ({ oidc: { enabled: config.oidcEnabled, label: config.OIDC_LABEL } }),
  );

  // Browser navigations, not API calls: failures come back as a redirect to the sign-in page.
  app.get('/api/auth/oidc/start', { config: { policy: policy.public }, schema: { tags } }, async (request, reply) => {
    if (!config.oidcEnabled) throw new DomainError('OIDC_NOT_CONFIGURED');
    try {
      return reply.redirect((await beginOidcLogin(ctx, reply)).href, 302);
    } catch (err) {
      request.log.warn({ event: 'auth.oidc_start_failed', err: { name: (err as Error).name, message: (err as Error).message } }, 'provider unreachable');
      return reply.redirect(toLogin('OIDC_FAILED'), 302);
    }
  });

  app.get(
    '/api/auth/oidc/callback',
    { config: { policy: policy.public }, schema: { tags, querystring: callbackQuery } },
    async (request, reply) => {
      if (!config.oidcEnabled) throw new DomainError('OIDC_NOT_CONFIGURED');
      clearOidcCookie(config, reply);
      const requestId = String(request.id);
      try {
        const st = await takeOidcState(ctx, request.cookies[oidcCookieName(config)]);
        if (!st) throw new DomainError('OIDC_FAILED', { reason: 'state_missing_or_spent' });
        const current = new URL(oidcCallbackUrl(config));
        current.search = new URL(request.url, 'http://callback.invalid').search;
        const identity = await redeemOidcCode(ctx, current, st);
        const session = await oidcLogin(ctx, identity, requestId);
        setSessionCookie(ctx, reply, session.token);
        return reply.redirect('/app/', 302);
      } catch (err) {
        const code: ErrorCode = err instanceof DomainError && err.code === 'OIDC_NO_ACCOUNT' ? 'OIDC_NO_ACCOUNT' : 'OIDC_FAILED';
        // Provider errors carry no personal data; ours are codes. Never log the query (code, state).
        const reason = err instanceof DomainError ? (err.params.reason ?? err.code) : (err as { code?: string }).code ?? (err as Error).name;
        request.log.info({ event: 'auth.oidc_failed', code, requestId, reason }, 'single sign-on refused');
        return reply.redirect(toLogin(code), 302);
      }
    },
  );
}
