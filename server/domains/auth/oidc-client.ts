import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { sql } from 'kysely';
import * as oidc from 'openid-client';
import type { Config } from '../../platform/config.js';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';

const STATE_TTL_MINUTES = 10;
const SCOPE = 'openid email profile';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

// One discovery per configuration (tests run several apps with different providers in one process).
const discovered = new WeakMap<Config, Promise<oidc.Configuration>>();

/**
 * The provider's configuration, discovered once from OIDC_ISSUER. Plain http is accepted only for
 * a provider on the loopback interface (development and tests); anywhere else TLS is required.
 */
export function oidcConfiguration(config: Config): Promise<oidc.Configuration> {
  if (!config.oidcEnabled) throw new DomainError('OIDC_NOT_CONFIGURED');
  let p = discovered.get(config);
  if (!p) {
    const issuer = new URL(config.OIDC_ISSUER!);
    const insecureLoopback = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    p = oidc.discovery(issuer, config.OIDC_CLIENT_ID!, config.OIDC_CLIENT_SECRET!, undefined, insecureLoopback ? { execute: [oidc.allowInsecureRequests] } : {});
    // A provider that was down is asked again on the next sign-in.
    p.catch(() => discovered.delete(config));
    discovered.set(config, p);
  }
  return p;
}

export function oidcCallbackUrl(config: Config): string {
  return `${config.publicUrl}/api/auth/oidc/callback`;
}

export function oidcCookieName(config: Config): string {
  return config.APPRODO_COOKIE_SECURE ? '__Host-approdo_oidc' : 'approdo_oidc';
}

/** Authentication levels the provider must assert in the ID token's `acr` claim (ASVS 5.0 6.8.4). */
function requiredAcr(config: Config): string[] {
  return config.OIDC_ACR_VALUES?.split(/\s+/).filter(Boolean) ?? [];
}

const hashHandle = (handle: string) => createHash('sha256').update(handle).digest();

/**
 * Begins a sign-in: PKCE verifier, state and nonce are kept server-side for ten minutes under a
 * random handle that only this browser holds (HttpOnly cookie), which binds the callback to the
 * browser that started it (no login CSRF). Returns the provider URL to redirect to.
 */
export async function beginOidcLogin(ctx: AppContext, reply: FastifyReply): Promise<URL> {
  const conf = await oidcConfiguration(ctx.config);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const handle = randomBytes(32).toString('base64url');
  await ctx.db.deleteFrom('oidcLoginState').where('expiresAt', '<', sql<Date>`now()`).execute();
  await ctx.db
    .insertInto('oidcLoginState')
    .values({ handleHash: hashHandle(handle), state, nonce, codeVerifier, expiresAt: sql<Date>`now() + make_interval(mins => ${STATE_TTL_MINUTES})` })
    .execute();
  reply.setCookie(oidcCookieName(ctx.config), handle, {
    path: '/',
    httpOnly: true,
    secure: ctx.config.APPRODO_COOKIE_SECURE,
    // Lax, not Strict: the cookie must come back on the provider's top-level redirect to us.
    sameSite: 'lax',
    maxAge: STATE_TTL_MINUTES * 60,
  });
  const acr = requiredAcr(ctx.config);
  return oidc.buildAuthorizationUrl(conf, {
    redirect_uri: oidcCallbackUrl(ctx.config),
    scope: SCOPE,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(acr.length ? { acr_values: acr.join(' ') } : {}),
  });
}

export function clearOidcCookie(config: Config, reply: FastifyReply): void {
  reply.clearCookie(oidcCookieName(config), { path: '/', httpOnly: true, secure: config.APPRODO_COOKIE_SECURE, sameSite: 'lax' });
}

/** Takes (and deletes: one use only) the sign-in state behind a browser's handle. */
export async function takeOidcState(ctx: AppContext, handle: string | undefined) {
  if (!handle) return null;
  const row = await ctx.db
    .deleteFrom('oidcLoginState')
    .where('handleHash', '=', hashHandle(handle))
    .returning(['state', 'nonce', 'codeVerifier', sql<boolean>`expires_at > now()`.as('live')])
    .executeTakeFirst();
  return row && row.live ? row : null;
}

export interface VerifiedIdentity {
  subject: string;
  /** Only an address the provider marks as verified (email_verified: true). */
  verifiedEmail: string | null;
}

/**
 * Redeems the authorization code (PKCE, state, nonce, issuer, audience and ID token signature are
 * all checked by openid-client), checks the authentication level when OIDC_ACR_VALUES is set, and
 * returns who the provider says the user is.
 */
export async function redeemOidcCode(ctx: AppContext, currentUrl: URL, st: { state: string; nonce: string; codeVerifier: string }): Promise<VerifiedIdentity> {
  const conf = await oidcConfiguration(ctx.config);
  const tokens = await oidc.authorizationCodeGrant(conf, currentUrl, {
    pkceCodeVerifier: st.codeVerifier,
    expectedState: st.state,
    expectedNonce: st.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims()!;
  const acr = requiredAcr(ctx.config);
  if (acr.length && !(typeof claims.acr === 'string' && acr.includes(claims.acr))) {
    throw new DomainError('OIDC_FAILED', { reason: 'acr_not_met' });
  }
  const claim = ctx.config.OIDC_EMAIL_CLAIM;
  let email: unknown = claims[claim];
  let verified: unknown = claims.email_verified;
  if (typeof email !== 'string') {
    // Many providers put profile claims in the UserInfo response only.
    const info = await oidc.fetchUserInfo(conf, tokens.access_token, claims.sub);
    email = info[claim];
    verified = info.email_verified;
  }
  return { subject: claims.sub, verifiedEmail: typeof email === 'string' && verified === true ? email : null };
}
