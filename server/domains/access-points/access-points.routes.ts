import { z } from 'zod';
import {
  accessPointBody,
  accessPointIdParam,
  accessPointListQuery,
  accessPointPatch,
  accessPointView,
  ifMatchHeaders,
  operatorsBody,
  operatorsView,
} from '../../../common/schemas/access-points.js';
import { policy } from '../../platform/authz/authz.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import type { App } from '../../platform/http/app.js';
import { presentAccessPoint } from './access-point.presenter.js';
import { accessPointTx, assertCanManageAccessPoints } from './access-points.policy.js';
import { findAccessPoint, listAccessPoints, listOperators } from './access-points.queries.js';
import { assignOperators } from './commands/assign-operators.js';
import { createAccessPoint, updateAccessPoint } from './commands/save-access-point.js';
import { ifMatchVersion, sendEtag } from '../../platform/http/if-match.js';

const list = z.object({ items: z.array(accessPointView) });

async function operatorsOf(tx: Tx, accessPointId: string, version: number) {
  const items = await listOperators(tx, accessPointId);
  return { items, version };
}

export async function accessPointRoutes(app: App, ctx: AppContext) {
  const tags = ['access-points'];
  app.get(
    '/api/access-points',
    { config: { policy: policy.permission('organisation.read') }, schema: { tags, querystring: accessPointListQuery, response: { 200: list } } },
    async (request) => {
      const actor = request.actor!;
      const { organisationId, active } = request.query;
      const filter = { organisationId, active: active === undefined ? undefined : active === 'true' };
      return accessPointTx(ctx, actor, async (tx) => ({ items: (await listAccessPoints(tx, actor, filter)).map(presentAccessPoint) }));
    },
  );
  app.get(
    '/api/access-points/mine',
    { config: { policy: policy.authenticated }, schema: { tags, description: 'The active access points the signed-in user works at.', response: { 200: list } } },
    async (request) => {
      const actor = request.actor!;
      return accessPointTx(ctx, actor, async (tx) => ({ items: (await listAccessPoints(tx, actor, { mine: true, active: true })).map(presentAccessPoint) }));
    },
  );
  app.get(
    '/api/access-points/:id',
    { config: { policy: policy.permission('organisation.read') }, schema: { tags, params: accessPointIdParam, response: { 200: accessPointView } } },
    async (request, reply) => {
      const actor = request.actor!;
      const row = await accessPointTx(ctx, actor, (tx) => findAccessPoint(tx, actor, request.params.id));
      sendEtag(reply, row.version);
      return presentAccessPoint(row);
    },
  );
  app.post(
    '/api/access-points',
    { config: { policy: policy.permission('access_point.manage') }, schema: { tags, body: accessPointBody, response: { 201: accessPointView } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageAccessPoints(actor);
      const row = await accessPointTx(ctx, actor, (tx) => createAccessPoint(tx, actor, request.body));
      sendEtag(reply, row.version);
      return reply.code(201).send(presentAccessPoint(row));
    },
  );
  app.patch(
    '/api/access-points/:id',
    {
      config: { policy: policy.permission('access_point.manage') },
      schema: { tags, description: 'Requires If-Match with the ETag of the last read.', params: accessPointIdParam, headers: ifMatchHeaders, body: accessPointPatch, response: { 200: accessPointView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageAccessPoints(actor);
      const row = await accessPointTx(ctx, actor, async (tx) => {
        const before = await findAccessPoint(tx, actor, request.params.id);
        return updateAccessPoint(tx, actor, before, request.body, ifMatchVersion(request));
      });
      sendEtag(reply, row.version);
      return presentAccessPoint(row);
    },
  );
  app.get(
    '/api/access-points/:id/operators',
    { config: { policy: policy.permission('access_point.manage') }, schema: { tags, params: accessPointIdParam, response: { 200: operatorsView } } },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageAccessPoints(actor);
      const out = await accessPointTx(ctx, actor, async (tx) => {
        const ap = await findAccessPoint(tx, actor, request.params.id);
        return operatorsOf(tx, ap.id, ap.version);
      });
      sendEtag(reply, out.version);
      return out;
    },
  );
  app.put(
    '/api/access-points/:id/operators',
    {
      config: { policy: policy.permission('access_point.manage') },
      schema: { tags, description: 'Replaces the operators working here. If-Match is honoured when sent.', params: accessPointIdParam, headers: ifMatchHeaders, body: operatorsBody, response: { 200: operatorsView } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      assertCanManageAccessPoints(actor);
      const out = await accessPointTx(ctx, actor, async (tx) => {
        const ap = await findAccessPoint(tx, actor, request.params.id);
        const expected = request.headers['if-match'] ? ifMatchVersion(request) : null;
        const version = await assignOperators(tx, actor, ap, request.body.userIds, expected);
        return operatorsOf(tx, ap.id, version);
      });
      sendEtag(reply, out.version);
      return out;
    },
  );
}
