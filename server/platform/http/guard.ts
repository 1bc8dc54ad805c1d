import type { FastifyRequest } from 'fastify';
import { isUiLanguage, negotiateLanguage } from '../../../common/i18n/languages.js';
import type { Actor } from '../authz/actor.js';
import { authorize } from '../authz/authz.js';
import type { AppContext } from '../context.js';
import { DomainError } from '../errors.js';
import { csrfMatches, resolveSession } from './session.js';
import type { SessionInfo } from './types.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one gate every /api route passes: resolves the session, enforces the route's declared
 * policy, and requires the CSRF header on state-changing requests of a signed-in user.
 */
export function makeGuard(ctx: AppContext) {
  return async function guard(request: FastifyRequest): Promise<void> {
    request.actor = null;
    request.session = null;
    const query = request.query as Record<string, unknown> | undefined;
    const queryLang = typeof query?.lang === 'string' ? query.lang : undefined;
    // `?lang=` is the platform's language switch on every route: take it out here, so that a
    // route's strict query schema does not refuse it as an unknown key.
    if (query && 'lang' in query) delete query.lang;
    request.lang = isUiLanguage(queryLang) ? queryLang : negotiateLanguage(request.headers['accept-language']);
    const policy = request.routeOptions.config.policy;
    if (!policy) return; // non-API routes (static files, health) are declared public at registration
    const state = await resolveSession(ctx, request);
    const { actor, session } = request as { actor: Actor | null; session: SessionInfo | null };
    if (actor && !queryLang && isUiLanguage(actor.locale)) request.lang = actor.locale;
    if (policy.kind === 'public') return;
    if (!actor || !session) {
      throw new DomainError(state === 'expired' ? 'AUTH_SESSION_EXPIRED' : 'AUTH_REQUIRED');
    }
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(session.csrfToken, request.headers['x-csrf-token'])) {
      throw new DomainError('CSRF_INVALID');
    }
    if (policy.kind === 'session') return;
    if (session.stage !== 'full') throw new DomainError('AUTH_MFA_SETUP_REQUIRED');
    if (policy.kind === 'permission') authorize(actor, policy.permission, 'own');
  };
}
