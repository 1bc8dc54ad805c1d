import { idParam } from '../../../common/schemas/organisations.js';
import { userCreateBody, userListQuery, userListResponse, userPatchBody, userView } from '../../../common/schemas/users.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { sendNotice } from '../auth/account-mail.js';
import { createUser } from './commands/create-user.js';
import { resetUserMfa } from './commands/reset-user-mfa.js';
import { sendPasswordLink } from './commands/send-password-link.js';
import { updateUser } from './commands/update-user.js';
import { presentUser } from './user.presenter.js';
import { assertCanManageUsers, assertCanReadUser, userReadFilter } from './user.policy.js';
import { findUser, listUsers } from './users.queries.js';

export async function userRoutes(app: App, ctx: AppContext) {
  const tags = ['users'];
  app.get(
    '/api/users',
    { config: { policy: policy.permission('user.read') }, schema: { tags, querystring: userListQuery, response: { 200: userListResponse } } },
    async (request) => {
      const actor = request.actor!;
      const { organisationId } = userReadFilter(actor);
      const { rows, total } = await withTenant(ctx.db, actor.tenantId, (tx) => listUsers(tx, request.query, organisationId));
      return { items: rows.map(presentUser), total };
    },
  );
  app.get(
    '/api/users/:id',
    { config: { policy: policy.permission('user.read') }, schema: { tags, params: idParam, response: { 200: userView } } },
    async (request) => {
      const actor = request.actor!;
      const user = await withTenant(ctx.db, actor.tenantId, (tx) => findUser(tx, request.params.id));
      assertCanReadUser(actor, user);
      return presentUser(user);
    },
  );
  app.post(
    '/api/users',
    { config: { policy: policy.permission('user.manage') }, schema: { tags, body: userCreateBody, response: { 201: userView } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageUsers(actor);
      const { user } = await withTenant(ctx.db, actor.tenantId, (tx) => createUser(tx, actor, request.body));
      return reply.code(201).send(presentUser(user));
    },
  );
  app.patch(
    '/api/users/:id',
    { config: { policy: policy.permission('user.manage') }, schema: { tags, params: idParam, body: userPatchBody, response: { 200: userView } } },
    async (request) => {
      const actor = request.actor!;
      assertCanManageUsers(actor);
      return presentUser(await withTenant(ctx.db, actor.tenantId, (tx) => updateUser(tx, actor, request.params.id, request.body)));
    },
  );
  app.post(
    '/api/users/:id/password-link',
    { config: { policy: policy.permission('user.manage') }, schema: { tags, params: idParam } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageUsers(actor);
      await sendPasswordLink(ctx, actor, request.params.id);
      return reply.code(202).send();
    },
  );
  app.post(
    '/api/users/:id/mfa-reset',
    { config: { policy: policy.permission('user.manage') }, schema: { tags, params: idParam } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageUsers(actor);
      const user = await withTenant(ctx.db, actor.tenantId, (tx) => resetUserMfa(tx, actor, request.params.id));
      await sendNotice(ctx, user, 'mfa_disabled');
      return reply.code(204).send();
    },
  );
}
