import { projectBody, projectIdParam, projectList, projectListQuery, projectPatch, projectView } from '../../../common/schemas/enrolments.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { createProject, updateProject } from './commands/save-project.js';
import { assertCanManageProjects } from './enrolments.policy.js';
import { findProject, listProjects } from './projects.queries.js';

/** Projects and funding streams people are enrolled in. */
export async function projectRoutes(app: App, ctx: AppContext) {
  const tags = ['enrolments'];
  app.get(
    '/api/projects',
    { config: { policy: policy.authenticated }, schema: { tags, querystring: projectListQuery, response: { 200: projectList } } },
    async (request) => ({ items: await withTenant(ctx.db, request.actor!.tenantId, (tx) => listProjects(tx, request.query.includeInactive === 'true')) }),
  );
  app.get(
    '/api/projects/:id',
    { config: { policy: policy.authenticated }, schema: { tags, params: projectIdParam, response: { 200: projectView } } },
    async (request) => withTenant(ctx.db, request.actor!.tenantId, (tx) => findProject(tx, request.params.id)),
  );
  app.post(
    '/api/projects',
    { config: { policy: policy.permission('project.manage') }, schema: { tags, body: projectBody, response: { 201: projectView } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageProjects(actor);
      return reply.code(201).send(await withTenant(ctx.db, actor.tenantId, (tx) => createProject(tx, actor, request.body)));
    },
  );
  app.patch(
    '/api/projects/:id',
    { config: { policy: policy.permission('project.manage') }, schema: { tags, params: projectIdParam, body: projectPatch, response: { 200: projectView } } },
    async (request) => {
      const actor = request.actor!;
      assertCanManageProjects(actor);
      return withTenant(ctx.db, actor.tenantId, (tx) => updateProject(tx, actor, request.params.id, request.body));
    },
  );
}
