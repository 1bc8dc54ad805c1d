import { z } from 'zod';
import { teamBody, teamMembersBody, teamView } from '../../../common/schemas/teams.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { App } from '../../platform/http/app.js';
import { createTeam, deleteTeam, setTeamMembers } from './commands/save-team.js';
import { assertCanManageTeams, canSeeTeam, teamReadFilter } from './team.policy.js';
import { findTeam, listTeams } from './teams.queries.js';

const teamId = z.object({ id: z.string().uuid() }).strict();

export async function teamRoutes(app: App, ctx: AppContext) {
  const tags = ['teams'];
  app.get(
    '/api/teams',
    { config: { policy: policy.permission('user.read') }, schema: { tags, response: { 200: z.object({ items: z.array(teamView) }) } } },
    async (request) => {
      const { organisationId } = teamReadFilter(request.actor!);
      return { items: await withTenant(ctx.db, request.actor!.tenantId, (tx) => listTeams(tx, organisationId)) };
    },
  );
  app.get(
    '/api/teams/:id',
    { config: { policy: policy.permission('user.read') }, schema: { tags, params: teamId, response: { 200: teamView } } },
    async (request) => {
      const team = await withTenant(ctx.db, request.actor!.tenantId, (tx) => findTeam(tx, request.params.id));
      if (!canSeeTeam(request.actor!, team)) throw notFound();
      return team;
    },
  );
  app.post(
    '/api/teams',
    { config: { policy: policy.permission('user.manage') }, schema: { tags, body: teamBody, response: { 201: teamView } } },
    async (request, reply) => {
      assertCanManageTeams(request.actor!);
      return reply.code(201).send(await withTenant(ctx.db, request.actor!.tenantId, (tx) => createTeam(tx, request.actor!, request.body)));
    },
  );
  app.put(
    '/api/teams/:id/members',
    { config: { policy: policy.permission('user.manage') }, schema: { tags, params: teamId, body: teamMembersBody, response: { 200: teamView } } },
    async (request) => {
      assertCanManageTeams(request.actor!);
      return withTenant(ctx.db, request.actor!.tenantId, (tx) => setTeamMembers(tx, request.actor!, request.params.id, request.body.userIds));
    },
  );
  app.delete(
    '/api/teams/:id',
    { config: { policy: policy.permission('user.manage') }, schema: { tags, params: teamId } },
    async (request, reply) => {
      assertCanManageTeams(request.actor!);
      await withTenant(ctx.db, request.actor!.tenantId, (tx) => deleteTeam(tx, request.actor!, request.params.id));
      return reply.code(204).send();
    },
  );
}
