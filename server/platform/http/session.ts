import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { isRole, type Role } from '../../../common/permissions.js';
import type { Actor } from '../authz/actor.js';
import type { AppContext } from '../context.js';
import type { SessionInfo } from './types.js';

export function sessionCookieName(ctx: AppContext): string {
  // The __Host- prefix makes browsers refuse the cookie unless Secure, host-only and Path=/.
  return ctx.config.APPRODO_COOKIE_SECURE ? '__Host-approdo_session' : 'approdo_session';
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName(ctx), token, {
    path: '/',
    httpOnly: true,
    secure: ctx.config.APPRODO_COOKIE_SECURE,
    sameSite: 'strict',
    maxAge: ctx.config.APPRODO_SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(ctx), { path: '/', secure: ctx.config.APPRODO_COOKIE_SECURE, sameSite: 'strict', httpOnly: true });
}

interface ResolvedRow {
  tenantId: string;
  sessionId: string;
  userId: string;
  organisationId: string;
  csrfToken: string;
  stage: 'full' | 'mfa_setup';
  authMethod: 'password' | 'oidc';
  email: string;
  displayName: string;
  locale: string;
  roles: string[];
  teamIds: string[];
  mfaEnabled: boolean;
  absoluteExpiresAt: Date;
  organisationName: string;
  organisationSlug: string;
  tenantSlug: string;
  tenantName: string;
}

/** Reads the session cookie and fills `request.session` / `request.actor` (one database round trip). */
export async function resolveSession(
  ctx: AppContext,
  request: FastifyRequest,
  token: string | undefined = request.cookies[sessionCookieName(ctx)],
): Promise<'none' | 'expired' | 'ok'> {
  if (!token) return 'none';
  const idleSeconds = ctx.config.APPRODO_SESSION_IDLE_MINUTES * 60;
  const { rows } = await sql<ResolvedRow>`SELECT * FROM auth_resolve_session(${hashToken(token)}, ${idleSeconds})`.execute(ctx.db);
  const row = rows[0];
  if (!row) return 'expired';
  const session: SessionInfo = {
    id: row.sessionId,
    tenantId: row.tenantId,
    stage: row.stage,
    csrfToken: row.csrfToken,
    authMethod: row.authMethod,
    mfaEnabled: row.mfaEnabled,
    absoluteExpiresAt: row.absoluteExpiresAt,
    organisation: { id: row.organisationId, name: row.organisationName, slug: row.organisationSlug },
    tenant: { id: row.tenantId, slug: row.tenantSlug, name: row.tenantName },
  };
  const actor: Actor = {
    kind: 'user',
    tenantId: row.tenantId,
    userId: row.userId,
    organisationId: row.organisationId,
    roles: row.roles.filter(isRole) as Role[],
    teamIds: row.teamIds,
    sessionId: row.sessionId,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    requestId: String(request.id),
  };
  request.session = session;
  request.actor = actor;
  return 'ok';
}

export function csrfMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
