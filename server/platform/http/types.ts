import type { Actor } from '../authz/actor.js';
import type { RoutePolicy } from '../authz/authz.js';

export interface SessionInfo {
  id: string;
  tenantId: string;
  stage: 'full' | 'mfa_setup';
  csrfToken: string;
  authMethod: 'password' | 'oidc';
  mfaEnabled: boolean;
  absoluteExpiresAt: Date;
  organisation: { id: string; name: string; slug: string };
  tenant: { id: string; slug: string; name: string };
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionInfo | null;
    lang: string;
  }
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}
