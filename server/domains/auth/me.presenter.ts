import { needsMfa, permissionsOf } from '../../../common/permissions.js';
import type { Me } from '../../../common/schemas/auth.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { SessionInfo } from '../../platform/http/types.js';

/** The signed-in user as the staff app sees them: identity, reach and session state, no secrets. */
export function presentMe(actor: Actor, session: SessionInfo): Me {
  return {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    locale: actor.locale,
    roles: actor.roles,
    permissions: session.stage === 'full' ? permissionsOf(actor.roles) : {},
    organisation: session.organisation,
    tenant: session.tenant,
    mfaEnabled: session.mfaEnabled,
    mfaRequired: needsMfa(actor.roles),
    sessionStage: session.stage,
    sessionExpiresAt: session.absoluteExpiresAt.toISOString(),
  };
}
